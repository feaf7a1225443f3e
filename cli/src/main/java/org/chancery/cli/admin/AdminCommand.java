package org.chancery.cli.admin;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import org.chancery.cli.archive.CommandRefusedException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * An administrative command: opens the archive as the acting reader, refuses (and audits the refusal) unless the
 * reader holds one of the allowed roles, then runs. Changes are audited by the command through {@link #audited}.
 */
abstract class AdminCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    /** The roles that may run the command; administrators only unless a command says otherwise. */
    Set<Role> allowedRoles() {
        return Set.of(Role.ADMINISTRATOR);
    }

    /** What the command acts on, for the audit log: an account name, {@code audit-log}, {@code alert 3}... */
    abstract String target();

    abstract int run(ArchiveSession session, PrintWriter out);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            requireRole(session);
            int code = run(session, out);
            out.flush();
            return code;
        }
    }

    private void requireRole(ArchiveSession session) {
        Set<String> held = session.reader().roles();
        List<String> keys = allowedRoles().stream().map(Role::key).sorted().toList();
        if (keys.stream().anyMatch(held::contains)) {
            return;
        }
        String command = spec.qualifiedName(" ").replaceFirst("^chancery ", "");
        session.audit()
                .record(new AuditEntry(
                        session.clock().instant(),
                        session.reader().name(),
                        AuditAction.ADMINISTER,
                        target(),
                        false,
                        command + ": requires the role " + String.join(" or ", keys)));
        throw new CommandRefusedException(session.reader().name() + " may not run " + command
                + ": it requires the role " + String.join(" or ", keys));
    }

    /** Records a permitted administrative act. */
    static void audited(ArchiveSession session, String target, String detail) {
        session.audit()
                .record(new AuditEntry(
                        session.clock().instant(),
                        session.reader().name(),
                        AuditAction.ADMINISTER,
                        target,
                        true,
                        detail));
    }
}
