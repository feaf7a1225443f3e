package org.chancery.server.config;

import java.time.Duration;
import org.chancery.archive.Archive;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingSettings;
import org.chancery.messaging.directory.RoutingDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Messaging over the server's own archive, opened by messaging's composition root ({@link Messaging#open}) on the same
 * database. The server is a post node: its dispatcher delivers released cables and its escalation job raises
 * unacknowledged FLASH and NIACT traffic for as long as the server runs; both stop when the context closes, before the
 * archive does (Spring destroys beans in reverse order of creation, and messaging is created from the archive).
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean(destroyMethod = "close")
    public Messaging messaging(
            Archive archive,
            @Value("${chancery.messaging.flash-acknowledgement:PT5M}") Duration flash,
            @Value("${chancery.messaging.niact-acknowledgement:PT30M}") Duration niact) {
        Messaging messaging =
                Messaging.open(archive, MessagingSettings.defaults().withAcknowledgementLimits(flash, niact));
        messaging.startBackground();
        return messaging;
    }

    /** The one routing directory: the reading room's header names and messaging's addressees both come from it. */
    @Bean
    public RoutingDirectory routingDirectory(Messaging messaging) {
        return messaging.directory();
    }
}
