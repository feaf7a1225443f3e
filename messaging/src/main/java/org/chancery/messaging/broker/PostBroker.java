package org.chancery.messaging.broker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.BridgeConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * One post's Apache ActiveMQ Artemis broker, embedded in the JVM that runs it ({@link BrokerMain}): a persistent
 * journal in the data directory, one acceptor, the post's inbox queue, and a store-and-forward core bridge to every
 * other post it forwards to, with duplicate detection, so that a bridge resending after a restart never delivers a
 * message twice.
 */
public final class PostBroker implements AutoCloseable {

    /** How long a bridge waits before it tries a post's broker again, at most. */
    static final long MAX_BRIDGE_RETRY_MILLIS = 2_000;

    private final BrokerSettings settings;
    private final EmbeddedActiveMQ server;

    private PostBroker(BrokerSettings settings, EmbeddedActiveMQ server) {
        this.settings = settings;
        this.server = server;
    }

    /** Starts the broker; returns once its acceptor takes connections. */
    public static PostBroker start(BrokerSettings settings) throws Exception {
        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        server.setConfiguration(configuration(settings));
        server.setSecurityManager(new SingleUserSecurity(settings.credentials()));
        server.start();
        return new PostBroker(settings, server);
    }

    static Configuration configuration(BrokerSettings s) throws Exception {
        var data = s.dataDirectory().toAbsolutePath();
        Configuration c = new ConfigurationImpl()
                .setName("chancery-" + s.route())
                .setPersistenceEnabled(true)
                // NIO works everywhere; AIO would need libaio, which a developer's machine may lack
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setLargeMessagesDirectory(data.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(data.toString())
                // a commit returns only once the journal has it on disk: that is what makes send() durable
                .setJournalSyncTransactional(true)
                .setJournalSyncNonTransactional(true)
                // the duplicate-id cache survives a restart, so a resend after one is still recognised
                .setPersistIDCache(true)
                .setIDCacheSize(ID_CACHE_SIZE)
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                // the analyzer halts a broker it thinks is stuck; on a loaded two-core machine that is a false alarm
                .setCriticalAnalyzer(false)
                // Artemis admits its cluster user with full rights; left unset it is a built-in name and password
                .setClusterUser(s.credentials().user())
                .setClusterPassword(s.credentials().password())
                .addAcceptorConfiguration("posts", s.url());
        AddressSettings everyAddress = new AddressSettings()
                // a delivery is never given up on: a node whose database is briefly away rolls back and retries
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(250)
                // named only so that the broker need not warn of their absence: nothing expires or is dead-lettered
                .setDeadLetterAddress(SimpleString.of("CHANCERY.DLA"))
                .setExpiryAddress(SimpleString.of("CHANCERY.EXPIRY"))
                // traffic for a post without a bridge yet is held here until one is configured, never dropped
                .setAutoCreateAddresses(true)
                .setAutoCreateQueues(true)
                .setAutoDeleteAddresses(false)
                .setAutoDeleteQueues(false)
                .setDefaultAddressRoutingType(RoutingType.ANYCAST)
                .setDefaultQueueRoutingType(RoutingType.ANYCAST);
        c.addAddressSetting("#", everyAddress);
        c.addAddressConfiguration(postAddress(s.route()));
        List<BridgeConfiguration> bridges = new ArrayList<>();
        for (Map.Entry<String, String> b : s.bridges().entrySet()) {
            String to = b.getKey();
            String connector = "post-" + to;
            c.addConnectorConfiguration(connector, b.getValue());
            c.addAddressConfiguration(postAddress(to));
            bridges.add(new BridgeConfiguration()
                    .setName(s.route() + "-to-" + to)
                    .setQueueName(PostAddress.of(to))
                    .setForwardingAddress(PostAddress.of(to))
                    .setStaticConnectors(List.of(connector))
                    .setUseDuplicateDetection(true)
                    .setUser(s.credentials().user())
                    .setPassword(s.credentials().password())
                    // for ever: a post's broker may be away for hours, its traffic waits in the queue meanwhile
                    .setReconnectAttempts(-1)
                    .setInitialConnectAttempts(-1)
                    .setRetryInterval(100)
                    .setRetryIntervalMultiplier(2.0)
                    .setMaxRetryInterval(MAX_BRIDGE_RETRY_MILLIS));
        }
        c.setBridgeConfigurations(bridges);
        return c;
    }

    /** As many delivery keys as the broker remembers per address to drop repeats (a few days of a busy post). */
    static final int ID_CACHE_SIZE = 100_000;

    private static CoreAddressConfiguration postAddress(String route) {
        String name = PostAddress.of(route);
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name)
                        .setAddress(name)
                        .setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true));
    }

    public BrokerSettings settings() {
        return settings;
    }

    /** One line on what the broker serves, for its console. */
    public String describe() {
        StringBuilder b = new StringBuilder("broker of ")
                .append(settings.route())
                .append(" listening on ")
                .append(settings.url())
                .append(", inbox queue ")
                .append(PostAddress.of(settings.route()))
                .append(", journal in ")
                .append(settings.dataDirectory().toAbsolutePath());
        if (settings.bridges().isEmpty()) {
            b.append(", no bridges");
        }
        settings.bridges()
                .forEach((to, url) ->
                        b.append(", bridge ").append(to).append(" -> ").append(url));
        return b.toString();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
