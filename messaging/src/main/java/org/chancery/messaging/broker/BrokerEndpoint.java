package org.chancery.messaging.broker;

import java.util.Objects;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A post's broker as its node reaches it: the URL and the credentials.
 *
 * @param url {@code tcp://HOST:PORT}
 */
public record BrokerEndpoint(String url, BrokerCredentials credentials) {

    public BrokerEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentials, "credentials");
        if (!url.startsWith("tcp://") || url.contains("?")) {
            throw new IllegalArgumentException("a broker URL is tcp://HOST:PORT, not " + url);
        }
    }

    /**
     * A factory that fails fast when the broker is away (one connection attempt, no reconnection behind the
     * caller's back): the transport then reports it and the dispatcher's retry takes over.
     *
     * @param consumerWindowBytes how much a consumer buffers ahead; 0 makes every receive take the queue's highest
     *     priority message at that moment
     */
    ActiveMQConnectionFactory connectionFactory(int consumerWindowBytes) {
        return new ActiveMQConnectionFactory(
                url + "?reconnectAttempts=0&initialConnectAttempts=1&callTimeout=15000&connectionTTL=10000"
                        + "&clientFailureCheckPeriod=2000&consumerWindowSize=" + consumerWindowBytes,
                credentials.user(),
                credentials.password());
    }
}
