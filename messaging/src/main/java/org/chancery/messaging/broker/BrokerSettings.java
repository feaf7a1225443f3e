package org.chancery.messaging.broker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one post's broker runs.
 *
 * @param route the post's routing indicator; its inbox queue has this name
 * @param host the interface the acceptor binds
 * @param port the acceptor's port
 * @param dataDirectory where the journal, bindings, paging and duplicate-id cache are kept across restarts
 * @param credentials the one user the broker admits (and the bridges log in to the other posts' brokers as)
 * @param bridges for each post this broker forwards to, by routing indicator, the URL of that post's broker
 */
public record BrokerSettings(
        String route,
        String host,
        int port,
        Path dataDirectory,
        BrokerCredentials credentials,
        Map<String, String> bridges) {

    public static final String DEFAULT_HOST = "localhost";

    public BrokerSettings {
        route = PostAddress.of(route);
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(credentials, "credentials");
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> b : bridges.entrySet()) {
            String to = PostAddress.of(b.getKey());
            if (to.equals(route)) {
                throw new IllegalArgumentException(route + " is this broker's own post; it needs no bridge");
            }
            if (!b.getValue().startsWith("tcp://")) {
                throw new IllegalArgumentException("the bridge to " + to + " needs a tcp:// URL, not " + b.getValue());
            }
            checked.put(to, b.getValue());
        }
        bridges = Map.copyOf(checked);
    }

    /** The URL clients of this broker (the post's node) connect to. */
    public String url() {
        return "tcp://" + host + ":" + port;
    }

    /**
     * Reads {@code --post POST --port N --data DIR [--host HOST] [--bridge ROUTE=tcp://HOST:PORT]...}; the
     * credentials come from the environment ({@link BrokerCredentials#fromEnvironment}).
     */
    public static BrokerSettings fromArguments(List<String> args, Map<String, String> env) {
        String post = null;
        String host = DEFAULT_HOST;
        Integer port = null;
        Path data = null;
        List<String> bridges = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args.get(++i);
            switch (name) {
                case "--post" -> post = value;
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--data" -> data = Path.of(value);
                case "--bridge" -> bridges.add(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (post == null || port == null || data == null) {
            throw new IllegalArgumentException("a broker needs --post, --port and --data");
        }
        return new BrokerSettings(
                PostAddress.routeOf(post),
                host,
                port,
                data,
                BrokerCredentials.fromEnvironment(env),
                parseBridges(bridges));
    }

    /** {@code RUEHC=tcp://localhost:61616} (or {@code STATE=…}, a post as {@link PostAddress#routeOf} reads it). */
    public static Map<String, String> parseBridges(List<String> specs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a bridge is ROUTE=tcp://HOST:PORT, not " + spec);
            }
            out.put(PostAddress.routeOf(spec.substring(0, eq)), spec.substring(eq + 1));
        }
        return out;
    }

    /** The arguments {@link #fromArguments} reads back into these settings (less the credentials). */
    public List<String> toArguments() {
        List<String> a = new ArrayList<>(List.of(
                "--post", route, "--host", host, "--port", Integer.toString(port), "--data", dataDirectory.toString()));
        bridges.forEach((to, url) -> {
            a.add("--bridge");
            a.add(to + "=" + url);
        });
        return a;
    }
}
