package org.chancery.cli.admin;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.archive.audit.AuditVerification;
import org.chancery.cli.archive.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code chancery audit}: checking and reading the audit log. Administrators and records officers. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit log: verify its hash chain, query its records (administrators, records officers).",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Query.class})
public final class AuditCommand {

    /** Reading the audit log is itself recorded: who looked is worth knowing. */
    abstract static class OnAuditLog extends AdminCommand {
        @Override
        Set<Role> allowedRoles() {
            return Set.of(Role.ADMINISTRATOR, Role.RECORDS_OFFICER);
        }

        @Override
        String target() {
            return "audit-log";
        }
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Walks the hash chain. Exit 0 when intact; 1 with the first bad record and what is wrong.")
    static final class Verify extends OnAuditLog {
        @Override
        int run(ArchiveSession session, PrintWriter out) {
            AuditVerification v = session.audit().verify();
            audited(
                    session,
                    target(),
                    "audit verify: " + (v.intact() ? "intact" : "broken at " + v.firstBadSequence()));
            if (v.intact()) {
                out.printf("audit log intact: %,d records%n", v.records());
                return 0;
            }
            out.printf("audit log broken at record %d: %s%n", v.firstBadSequence(), v.problem());
            return 1;
        }
    }

    @Command(
            name = "query",
            mixinStandardHelpOptions = true,
            description = "Prints matching records, one a line, oldest first: sequence, time, actor, action,"
                    + " permitted or REFUSED, target, detail.")
    static final class Query extends OnAuditLog {
        @Option(names = "--actor", paramLabel = "USER", description = "Only this account's records.")
        String actor;

        @Option(names = "--action", paramLabel = "ACTION", description = "Only this action: ${COMPLETION-CANDIDATES}.")
        AuditAction action;

        @Option(names = "--target", paramLabel = "TEXT", description = "Only this exact target (reference id...).")
        String target;

        @Option(
                names = "--since",
                paramLabel = "ISO",
                converter = InstantConverter.class,
                description = "From this time on (2026-03-02T09:00:00Z, or a date for its start in UTC).")
        Instant since;

        @Option(
                names = "--until",
                paramLabel = "ISO",
                converter = InstantConverter.class,
                description = "Before this time (excluded).")
        Instant until;

        @Option(names = "--refused", description = "Only refused events.")
        boolean refused;

        @Option(
                names = "--limit",
                paramLabel = "N",
                description = "At most the newest N records (default: ${DEFAULT-VALUE}).")
        int limit = 100;

        @Override
        int run(ArchiveSession session, PrintWriter out) {
            List<AuditRecord> records = session.audit()
                    .query(new AuditQuery(actor, action, target, refused ? Boolean.FALSE : null, since, until, limit));
            for (AuditRecord r : records) {
                var e = r.entry();
                out.println(String.join(
                                " ",
                                Long.toString(r.sequence()),
                                e.at().toString(),
                                e.actor(),
                                e.action().name(),
                                e.permitted() ? "permitted" : "REFUSED",
                                e.target().isEmpty() ? "-" : e.target(),
                                e.detail())
                        .strip());
            }
            audited(session, target(), "audit query: " + records.size() + " records");
            return 0;
        }
    }

    /** An ISO instant, or an ISO date meaning its first moment in UTC. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return value.contains("T")
                        ? Instant.parse(value)
                        : LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("not an ISO time or date: " + value);
            }
        }
    }
}
