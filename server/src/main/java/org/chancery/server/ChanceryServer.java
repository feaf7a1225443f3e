package org.chancery.server;

import java.util.Map;
import org.chancery.archive.config.ArchiveLocation;
import org.springframework.boot.Banner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reading room: a Spring Boot application serving the web pages and the REST API over one archive. The command
 * line starts it with {@link #start}; the archive location is handed in as a bean rather than read from properties,
 * so that {@code --data}/{@code --db} resolve exactly as for every other command.
 */
@SpringBootApplication
public class ChanceryServer {

    /**
     * Starts the server on a port (0 for any free one) over an archive.
     *
     * @param extraSources further configuration classes (tests add theirs)
     */
    public static ConfigurableApplicationContext start(ArchiveLocation location, int port, Class<?>... extraSources) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = ChanceryServer.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        return new SpringApplicationBuilder(sources)
                .bannerMode(Banner.Mode.OFF)
                .properties(Map.of("server.port", port))
                .initializers(context -> context.getBeanFactory().registerSingleton("archiveLocation", location))
                .run();
    }

    /** The port a started server listens on. */
    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
    }
}
