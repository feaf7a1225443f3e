package org.chancery.messaging.broker;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.util.Enumeration;

/** How many messages a broker's queue holds, counted by browsing it (nothing is consumed). */
final class QueueDepth {
    private QueueDepth() {}

    static int of(BrokerEndpoint broker, String queue) {
        try (var factory = broker.connectionFactory(1024 * 1024);
                Connection c = factory.createConnection();
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                QueueBrowser b = s.createBrowser(s.createQueue(queue))) {
            c.start();
            int n = 0;
            for (Enumeration<?> e = b.getEnumeration(); e.hasMoreElements(); e.nextElement()) {
                n++;
            }
            return n;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
