package org.chancery.cli.admin;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.AccountException;
import org.chancery.archive.account.UserAccount;
import org.chancery.cli.archive.ArchiveSession;
import org.chancery.cli.archive.PasswordInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chancery users}: the local accounts. Administrators only. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Local accounts: add, list, change, disable, enable, reinstate (administrators only).",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            UsersCommand.Add.class,
            UsersCommand.ListUsers.class,
            UsersCommand.Change.class,
            UsersCommand.Disable.class,
            UsersCommand.Enable.class,
            UsersCommand.Reinstate.class
        })
public final class UsersCommand {

    /** An administrative command on one named account. */
    abstract static class OnAccount extends AdminCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The account.")
        String name;

        @Override
        String target() {
            return name;
        }

        UserAccount existing(ArchiveSession session) {
            return session.accounts().find(name).orElseThrow(() -> new AccountException("no account named " + name));
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Creates an account. The password is asked twice on the terminal, or read as one line"
                    + " from stdin with --password-stdin.")
    static final class Add extends OnAccount {
        @Mixin
        AccountAttributeOptions attributes;

        @Option(names = "--password-stdin", description = "Read the password as the first line of stdin.")
        boolean passwordStdin;

        @Override
        int run(ArchiveSession session, PrintWriter out) {
            Principal reader = attributes.newReader(name);
            char[] password = passwordStdin ? PasswordInput.firstLine(System.in) : PasswordInput.newFromTerminal(name);
            try {
                session.accounts().create(reader, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            audited(session, name, "users add " + attributes.describe());
            out.println("created " + name);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts (never passwords).")
    static final class ListUsers extends AdminCommand {
        @Override
        String target() {
            return "accounts";
        }

        @Override
        int run(ArchiveSession session, PrintWriter out) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                "NAME", "CLEARANCE", "NATIONAL", "REL-TO", "CHANNELS", "ROLES", "POSTS", "STATE", "CREATED"
            });
            for (UserAccount a : session.accounts().list()) {
                Principal p = a.principal();
                rows.add(new String[] {
                    a.name(),
                    p.clearance().name(),
                    p.usNational() ? "US" : "foreign",
                    joined(p.releasability()),
                    joined(p.channels()),
                    joined(p.roles()),
                    joined(p.posts()),
                    state(a, session),
                    a.createdAt().toString()
                });
            }
            printTable(out, rows);
            return 0;
        }

        /** Columns as wide as their widest cell, two spaces apart. */
        private static void printTable(PrintWriter out, List<String[]> rows) {
            int[] widths = new int[rows.getFirst().length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(row[i]);
                    if (i < row.length - 1) {
                        line.append(" ".repeat(widths[i] - row[i].length() + 2));
                    }
                }
                out.println(line);
            }
        }

        private static String state(UserAccount a, ArchiveSession session) {
            if (!a.enabled()) {
                return "disabled";
            }
            if (a.suspended()) {
                return "suspended";
            }
            if (a.lockedAt(session.clock().instant())) {
                return "locked";
            }
            return "active";
        }

        private static String joined(Set<String> members) {
            return members.isEmpty() ? "-" : String.join(",", new TreeSet<>(members));
        }
    }

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description =
                    "Changes an account's attributes (only those given) and, with --password-stdin, its" + " password.")
    static final class Change extends OnAccount {
        @Mixin
        AccountAttributeOptions attributes;

        @Option(names = "--password-stdin", description = "Read a new password as the first line of stdin.")
        boolean passwordStdin;

        @Override
        int run(ArchiveSession session, PrintWriter out) {
            UserAccount account = existing(session);
            String changes = attributes.describe();
            if (!changes.isEmpty()) {
                session.accounts().update(attributes.applyTo(account.principal()));
            }
            if (passwordStdin) {
                char[] password = PasswordInput.firstLine(System.in);
                try {
                    session.accounts().setPassword(name, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
                changes = (changes + " password").strip();
            }
            if (changes.isEmpty()) {
                out.println("nothing to change for " + name);
                return 0;
            }
            audited(session, name, "users set " + changes);
            out.println("changed " + name + ": " + changes);
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stops an account from signing in.")
    static final class Disable extends OnAccount {
        @Override
        int run(ArchiveSession session, PrintWriter out) {
            session.accounts().setEnabled(name, false);
            audited(session, name, "users disable");
            out.println("disabled " + name);
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Lets a disabled account sign in again.")
    static final class Enable extends OnAccount {
        @Override
        int run(ArchiveSession session, PrintWriter out) {
            session.accounts().setEnabled(name, true);
            audited(session, name, "users enable");
            out.println("enabled " + name);
            return 0;
        }
    }

    @Command(
            name = "reinstate",
            mixinStandardHelpOptions = true,
            description = "Lifts a suspension after a bulk-access alert (see chancery alerts).")
    static final class Reinstate extends OnAccount {
        @Override
        int run(ArchiveSession session, PrintWriter out) {
            String reason = existing(session).suspendedReason();
            session.accounts().reinstate(name);
            audited(session, name, "users reinstate" + (reason == null ? " (was not suspended)" : "; was: " + reason));
            out.println("reinstated " + name);
            return 0;
        }
    }
}
