package org.chancery.messaging.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

/**
 * A post's broker admits one user, the one of its {@link BrokerCredentials}: its own node and the bridges of the
 * other posts' brokers. Anyone else, and anonymous connections, are refused. Once admitted, the user may do what the
 * node and bridges need on every address (send, consume, create the queues), so no role table is kept.
 */
final class SingleUserSecurity implements ActiveMQSecurityManager {

    private final BrokerCredentials credentials;

    SingleUserSecurity(BrokerCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public boolean validateUser(String user, String password) {
        return user != null
                && password != null
                && user.equals(credentials.user())
                // constant time, so that the password cannot be guessed from response times
                && MessageDigest.isEqual(
                        password.getBytes(StandardCharsets.UTF_8),
                        credentials.password().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return validateUser(user, password);
    }
}
