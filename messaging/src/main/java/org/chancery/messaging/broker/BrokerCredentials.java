package org.chancery.messaging.broker;

import java.util.Map;
import java.util.Objects;

/**
 * The user a post's broker admits, and which its node and the other posts' bridges log in as. Brokers never admit
 * anonymous connections. The password comes from the environment, not the command line, so that it does not show
 * in a process list.
 */
public record BrokerCredentials(String user, String password) {

    public static final String USER_ENV = "CHANCERY_BROKER_USER";
    public static final String PASSWORD_ENV = "CHANCERY_BROKER_PASSWORD";
    public static final String DEFAULT_USER = "chancery";

    public BrokerCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank()) {
            throw new IllegalArgumentException("the broker user must not be blank");
        }
        if (password.length() < 12) {
            throw new IllegalArgumentException("the broker password must have at least 12 characters");
        }
    }

    /** {@value #USER_ENV} (default {@value #DEFAULT_USER}) and {@value #PASSWORD_ENV}, which must be set. */
    public static BrokerCredentials fromEnvironment(Map<String, String> env) {
        String password = env.get(PASSWORD_ENV);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException(
                    "set " + PASSWORD_ENV + " to the brokers' password (and " + USER_ENV + " to their user)");
        }
        return new BrokerCredentials(env.getOrDefault(USER_ENV, DEFAULT_USER), password);
    }

    /** The environment a child process needs to log in as these credentials. */
    public Map<String, String> asEnvironment() {
        return Map.of(USER_ENV, user, PASSWORD_ENV, password);
    }

    @Override
    public String toString() {
        return "BrokerCredentials[user=" + user + "]";
    }
}
