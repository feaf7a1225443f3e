package org.chancery.bench.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load generator for the reading room: N signed-in readers, each on its own session, alternate between the search
 * page (a query from a query file) and the page of a cable found by that search, for a bounded time against a
 * server on this machine. Like a browser, each reader also fetches whatever the search page loads after itself
 * (elements with {@code hx-trigger="load"}; none since the page draws its chart in its own pass). Prints
 * p50/p95/p99 latency per page.
 *
 * <p>By default each reader asks for its next page the moment the last one arrives (a closed loop without pause),
 * which measures how many pages the server can serve at all. {@code --think-ms MEAN} makes each reader pause between
 * pages, for a time drawn from an exponential distribution with that mean (seeded per reader, so runs repeat), as a
 * person reading the page would; the latency of a page never includes the pause before it.
 *
 * <pre>
 * java -cp bench/target/chancery-bench.jar org.chancery.bench.web.ReadingRoomLoad \
 *     --base http://127.0.0.1:8080 --user NAME|FORMAT [--readers 20] [--seconds 60] [--warmup 15] \
 *     [--think-ms 0] [--queries bench/queries/mixed.txt]
 * </pre>
 *
 * The password is read from the environment variable {@code CHANCERY_PASSWORD}.
 */
public final class ReadingRoomLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CABLE_LINK = Pattern.compile("class=\"hit-link\" href=\"/cables/([^\"]+)\"");
    /** An element htmx fills as soon as the page is shown. */
    private static final Pattern LOADED_LATER = Pattern.compile("<[^>]*\\bhx-trigger=\"load\"[^>]*>");

    private static final Pattern HX_GET = Pattern.compile("\\bhx-get=\"([^\"]+)\"");
    /** Bound on requests per reader, so a very fast server still ends the run on its own. */
    private static final int MAX_REQUESTS_PER_READER = 100_000;

    private record Options(
            String base,
            String user,
            String password,
            int readers,
            int seconds,
            int warmup,
            long thinkMillis,
            List<String> queries) {}

    /** What one reader measured. */
    private record Tally(LatencyRecorder search, LatencyRecorder loaded, LatencyRecorder cable) {}

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        System.out.printf(
                Locale.ROOT,
                "Reading-room load: %d readers, %s, %d s warm-up + %d s measured, %d queries, %s%n",
                o.readers(),
                o.thinkMillis() == 0
                        ? "no pause between pages"
                        : "pauses between pages of " + o.thinkMillis() + " ms on average",
                o.warmup(),
                o.seconds(),
                o.queries().size(),
                o.base());
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(o.warmup()).toNanos();
        long end = measureFrom + Duration.ofSeconds(o.seconds()).toNanos();
        List<Tally> tallies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(o.readers())) {
            List<Future<Tally>> futures = new ArrayList<>();
            for (int r = 0; r < o.readers(); r++) {
                int reader = r;
                futures.add(pool.submit(() -> runReader(o, reader, measureFrom, end)));
            }
            for (Future<Tally> f : futures) {
                tallies.add(f.get());
            }
        }
        LatencyRecorder search = new LatencyRecorder();
        LatencyRecorder loaded = new LatencyRecorder();
        LatencyRecorder cable = new LatencyRecorder();
        for (Tally t : tallies) {
            search.addAll(t.search());
            loaded.addAll(t.loaded());
            cable.addAll(t.cable());
        }
        System.out.printf(
                Locale.ROOT, "%-12s %8s %7s %9s %9s %9s%n", "page", "requests", "errors", "p50 ms", "p95 ms", "p99 ms");
        print("search", search, o.seconds());
        if (loaded.count() + loaded.errors() > 0) {
            print("loaded later", loaded, o.seconds());
        }
        print("cable", cable, o.seconds());
        System.out.printf(
                Locale.ROOT,
                "throughput: %.1f pages/s (search and cable; %.1f requests/s with what the pages load later)"
                        + " over the measured %d s%n",
                (search.count() + cable.count()) / (double) o.seconds(),
                (search.count() + loaded.count() + cable.count()) / (double) o.seconds(),
                o.seconds());
    }

    private static void print(String page, LatencyRecorder r, int seconds) {
        System.out.printf(
                Locale.ROOT,
                "%-12s %8d %7d %9.1f %9.1f %9.1f%n",
                page,
                r.count(),
                r.errors(),
                r.percentileMillis(50),
                r.percentileMillis(95),
                r.percentileMillis(99));
    }

    private static Tally runReader(Options o, int reader, long measureFrom, long end) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        signIn(http, o, userName(o, reader));
        LatencyRecorder search = new LatencyRecorder();
        LatencyRecorder loaded = new LatencyRecorder();
        LatencyRecorder cable = new LatencyRecorder();
        int q = reader * 7;
        Pauses pauses = new Pauses(o.thinkMillis(), reader);
        for (int n = 0; n < MAX_REQUESTS_PER_READER && System.nanoTime() < end; n++) {
            if (n > 0) {
                pauses.pause();
            }
            String query = o.queries().get(q++ % o.queries().size());
            HttpResponse<String> page = timed(http, o.base() + "/search?q=" + enc(query), search, measureFrom);
            Matcher later = LOADED_LATER.matcher(page.body());
            while (later.find()) {
                // the browser asks for these as soon as the results arrive, before the reader pauses
                Matcher url = HX_GET.matcher(later.group());
                if (url.find()) {
                    timed(http, o.base() + url.group(1).replace("&amp;", "&"), loaded, measureFrom);
                }
            }
            List<String> ids = new ArrayList<>();
            Matcher m = CABLE_LINK.matcher(page.body());
            while (m.find()) {
                ids.add(m.group(1));
            }
            if (ids.isEmpty() || System.nanoTime() >= end) {
                continue;
            }
            String id = ids.get((reader + n) % ids.size());
            pauses.pause();
            if (System.nanoTime() >= end) {
                break;
            }
            timed(http, o.base() + "/cables/" + id, cable, measureFrom);
        }
        return new Tally(search, loaded, cable);
    }

    /** Fetches a page, and records its latency (or its failure) when it was asked for after the warm-up. */
    private static HttpResponse<String> timed(HttpClient http, String url, LatencyRecorder into, long measureFrom)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = get(http, url);
        long end = System.nanoTime();
        if (start >= measureFrom) {
            if (response.statusCode() == 200) {
                into.record(end - start);
            } else {
                into.error();
            }
        }
        return response;
    }

    /**
     * The account reader {@code i} signs in as: {@code --user} itself, or, when it holds a format such as
     * {@code bench-%02d}, one account per reader (1-based), as real readers would have.
     */
    static String userName(Options o, int reader) {
        return o.user().contains("%") ? String.format(Locale.ROOT, o.user(), reader + 1) : o.user();
    }

    private static void signIn(HttpClient http, Options o, String user) throws IOException, InterruptedException {
        String form = get(http, o.base() + "/signin").body();
        Matcher m = CSRF.matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form at " + o.base() + "/signin");
        }
        String body = "username=" + enc(user) + "&password=" + enc(o.password()) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(o.base() + "/signin"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new IllegalStateException("sign-in refused for " + user);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Options parse(String[] args) throws IOException {
        Map<String, String> given = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value pairs, got " + args[i]);
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        String password = System.getenv("CHANCERY_PASSWORD");
        if (password == null || !given.containsKey("base") || !given.containsKey("user")) {
            throw new IllegalArgumentException(
                    "usage: --base URL --user NAME [--readers 20] [--seconds 60] [--warmup 15] [--think-ms 0]"
                            + " [--queries FILE],"
                            + " password in CHANCERY_PASSWORD");
        }
        List<String> queries =
                Files.readAllLines(Path.of(given.getOrDefault("queries", "bench/queries/mixed.txt"))).stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList();
        return new Options(
                given.get("base").replaceAll("/+$", ""),
                given.get("user"),
                password,
                Integer.parseInt(given.getOrDefault("readers", "20")),
                Integer.parseInt(given.getOrDefault("seconds", "60")),
                Integer.parseInt(given.getOrDefault("warmup", "15")),
                Long.parseLong(given.getOrDefault("think-ms", "0")),
                queries);
    }
}
