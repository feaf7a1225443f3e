package org.chancery.cli.messaging;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.inbox.TagProfiles;
import org.chancery.telegram.read.text.TagsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chancery profile}: the TAGS profiles that choose which received cables are "mine" ({@code inbox --mine}). */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        description = "TAGS profiles at a post: your own (\"send me PTER and PK\") and an office's (POL takes PREL and"
                + " PGOV; administrators set those). `inbox --mine` lists the cables meeting either.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ProfileCommand.ListProfiles.class, ProfileCommand.Set_.class, ProfileCommand.Remove.class})
public final class ProfileCommand {

    /** Whose profile a command is about: the account's own, another account's, or an office's. */
    abstract static class OnProfile extends MessagingCommand {
        @Option(names = "--post", paramLabel = "POST", description = "The post, when you belong to several.")
        String post;

        @Option(names = "--office", paramLabel = "OFFICE", description = "An office's profile (POL, ECON...).")
        String office;

        @Option(names = "--account", paramLabel = "NAME", description = "Another account's profile (administrators).")
        String account;

        @Override
        String subject() {
            return office != null ? "profile of " + office : "profile of " + (account == null ? "you" : account);
        }

        String holder(Desk desk) {
            return office != null
                    ? office.strip()
                    : account != null ? account : desk.me().name();
        }

        /** Changing an office's or another account's profile is an administrator's act. */
        void requireRightToChange(Desk desk) {
            boolean own = office == null
                    && (account == null || account.equals(desk.me().name()));
            if (!own && !desk.me().hasRole(Role.ADMINISTRATOR.key())) {
                throw new SecurityException(desk.me().name() + " may not change the profile of " + holder(desk)
                        + ": it requires the role administrator");
            }
        }

        void store(Desk desk, RoutingEntry at, Set<String> tags) {
            requireRightToChange(desk);
            TagProfiles profiles = desk.messaging().profiles();
            if (office != null) {
                profiles.setOffice(office, at.route(), tags);
            } else {
                profiles.setReader(holder(desk), at.route(), tags);
            }
            Set<String> now =
                    office != null ? profiles.office(office, at.route()) : profiles.reader(holder(desk), at.route());
            desk.session()
                    .audit()
                    .record(new AuditEntry(
                            desk.session().clock().instant(),
                            desk.me().name(),
                            AuditAction.ADMINISTER,
                            "TAGS profile of " + holder(desk) + " at " + at.route(),
                            true,
                            now.isEmpty() ? "removed" : "set " + String.join(" ", now)));
            desk.out()
                    .println("profile of " + holder(desk) + " at " + at.route() + ": "
                            + (now.isEmpty() ? "none" : String.join(", ", now)));
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Shows your profile at the post, your offices' and what --mine takes (or the --office's or"
                    + " --account's).")
    static final class ListProfiles extends OnProfile {
        @Override
        int run(Desk desk) {
            RoutingEntry at = desk.post(post);
            TagProfiles profiles = desk.messaging().profiles();
            Table table = new Table("HOLDER", "KIND", "TAGS");
            if (office != null) {
                table.row(office, "office", tags(profiles.office(office, at.route())));
            } else if (account != null) {
                table.row(account, "reader", tags(profiles.reader(account, at.route())));
            } else {
                Principal me = desk.me();
                table.row(me.name(), "reader", tags(profiles.reader(me.name(), at.route())));
                for (String o : new TreeSet<>(me.posts())) {
                    Set<String> of = profiles.office(o, at.route());
                    if (!of.isEmpty()) {
                        table.row(o, "office", tags(of));
                    }
                }
                table.row("inbox --mine", "together", tags(profiles.of(me, at.route())));
            }
            desk.out().println("TAGS profiles at " + at.line() + ":");
            table.print(desk.out());
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Replaces a profile with the TAGS given: your own, or an --office's or --account's"
                    + " (administrators).")
    static final class Set_ extends OnProfile {
        @Parameters(
                index = "0..*",
                arity = "1..*",
                paramLabel = "TAG",
                description = "TAGS, e.g. PTER PK \"PREL, PGOV\".")
        List<String> tags;

        @Override
        int run(Desk desk) {
            Set<String> parsed = new TreeSet<>(TagsReader.read(String.join(", ", tags)));
            store(desk, desk.post(post), parsed);
            return MessagingExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Empties a profile.")
    static final class Remove extends OnProfile {
        @Override
        int run(Desk desk) {
            store(desk, desk.post(post), Set.of());
            return MessagingExitCodes.OK;
        }
    }

    private static String tags(Set<String> tags) {
        return tags.isEmpty() ? "-" : String.join(", ", tags);
    }
}
