package org.chancery.server.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.server.ChanceryServer;
import org.chancery.telegram.model.Classification;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One server for all of the module's tests (Spring starts once per test JVM), on a random port, over a
 * {@link TestArchive}, with one account per kind of reader.
 */
public final class TestServer {

    public static final String PASSWORD = "Reading-room-2026!";

    /** The readers every test can sign in as, by name. */
    public static final Map<String, Principal> READERS = readers();

    private static TestServer instance;

    private final TestArchive archive;
    private final ConfigurableApplicationContext context;

    private TestServer(TestArchive archive, ConfigurableApplicationContext context) {
        this.archive = archive;
        this.context = context;
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            TestArchive archive = TestArchive.create();
            ConfigurableApplicationContext context = ChanceryServer.start(archive.location(), 0);
            Accounts accounts = context.getBean(Accounts.class);
            READERS.values().forEach(p -> accounts.create(p, PASSWORD.toCharArray()));
            instance = new TestServer(archive, context);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.close();
                archive.delete();
            }));
        }
        return instance;
    }

    public String base() {
        return "http://127.0.0.1:" + ChanceryServer.port(context);
    }

    public TestArchive archive() {
        return archive;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Audit entries of one action by one account, oldest first. */
    public java.util.List<AuditEntry> audit(AuditAction action, String actor) {
        return bean(AuditLog.class)
                .query(new AuditQuery(actor, action, null, null, null, null, Integer.MAX_VALUE))
                .stream()
                .map(AuditRecord::entry)
                .toList();
    }

    private static Map<String, Principal> readers() {
        Map<String, Principal> readers = new LinkedHashMap<>();
        us(readers, "reader-u", Classification.UNCLASSIFIED, Set.of("reader"), Set.of());
        us(readers, "reader-c", Classification.CONFIDENTIAL, Set.of("reader"), Set.of());
        us(readers, "reader-s", Classification.SECRET, Set.of("reader"), Set.of());
        us(readers, "reader-ts", Classification.TOP_SECRET, Set.of("reader"), Set.of("NODIS", "EXDIS"));
        readers.put(
                "reader-gbr",
                new Principal(
                        "reader-gbr",
                        Classification.SECRET,
                        false,
                        Set.of("GBR"),
                        Set.of(),
                        Set.of("reader"),
                        Set.of()));
        us(readers, "officer", Classification.SECRET, Set.of("reader", "records-officer"), Set.of());
        us(readers, "admin", Classification.TOP_SECRET, Set.of("reader", "administrator"), Set.of());
        readers.put(
                "reader-testpost",
                new Principal(
                        "reader-testpost",
                        Classification.CONFIDENTIAL,
                        true,
                        Set.of(),
                        Set.of("TESTPOST"),
                        Set.of("reader"),
                        Set.of()));
        // messaging: people of the Embassy in London, of the Department and of the Embassy in Paris
        staff(readers, "lon-drafter", "LONDON", "drafter");
        staff(readers, "lon-clearer", "LONDON");
        staff(readers, "lon-releaser", "LONDON", "releasing-officer");
        staff(readers, "dept-duty", "SECSTATE", "duty-officer");
        staff(readers, "dept-reader", "SECSTATE");
        staff(readers, "paris-releaser", "PARIS", "releasing-officer");
        us(readers, "to-lock", Classification.CONFIDENTIAL, Set.of("reader"), Set.of());
        us(readers, "to-suspend", Classification.SECRET, Set.of("reader"), Set.of());
        return readers;
    }

    /** A SECRET-cleared US reader at a post, with further roles. */
    private static void staff(Map<String, Principal> readers, String name, String post, String... roles) {
        Set<String> all = new java.util.HashSet<>(Set.of(roles));
        all.add("reader");
        readers.put(name, new Principal(name, Classification.SECRET, true, Set.of(), Set.of(post), all, Set.of()));
    }

    private static void us(
            Map<String, Principal> readers,
            String name,
            Classification level,
            Set<String> roles,
            Set<String> channels) {
        readers.put(name, new Principal(name, level, true, Set.of(), Set.of(), roles, channels));
    }
}
