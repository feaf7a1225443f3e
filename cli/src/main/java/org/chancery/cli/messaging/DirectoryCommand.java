package org.chancery.cli.messaging;

import java.util.List;
import java.util.Locale;
import org.chancery.messaging.directory.DirectoryLearner;
import org.chancery.messaging.directory.RoutingEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chancery directory}: the routing directory addressees are checked against. */
@Command(
        name = "directory",
        mixinStandardHelpOptions = true,
        description = "The routing directory: posts and collectives with their routing indicators. Anyone may list"
                + " it; learning and edits are for administrators and audited.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            DirectoryCommand.ListEntries.class,
            DirectoryCommand.Learn.class,
            DirectoryCommand.Put.class,
            DirectoryCommand.Remove.class
        })
public final class DirectoryCommand {

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists the entries, by routing indicator; with a word, those whose indicator or address"
                    + " contains it.")
    static final class ListEntries extends MessagingCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "WORD", description = "e.g. LONDON or RUEH.")
        String word;

        @Override
        String subject() {
            return "routing directory";
        }

        @Override
        int run(Desk desk) {
            String w = word == null ? "" : word.strip().toUpperCase(Locale.ROOT);
            Table table = new Table("ROUTE", "ADDRESS", "KIND", "SOURCE", "SEEN", "MEMBERS");
            for (RoutingEntry e : desk.messaging().directory().all()) {
                if (e.route().contains(w) || e.address().contains(w)) {
                    table.row(
                            e.route(),
                            e.address(),
                            e.kind().name().toLowerCase(Locale.ROOT),
                            e.source().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            e.seen(),
                            e.members().isEmpty() ? "-" : String.join(",", e.members()));
                }
            }
            if (table.isEmpty()) {
                throw new NotFoundException("no routing entry matches " + word);
            }
            table.print(desk.out());
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "learn",
            mixinStandardHelpOptions = true,
            description = "Learns routing indicators from the FM, TO and INFO lines of the archive's headers"
                    + " (administrators); entries an administrator made are kept.")
    static final class Learn extends MessagingCommand {
        @Override
        String subject() {
            return "routing directory";
        }

        @Override
        int run(Desk desk) {
            DirectoryLearner.Learned learned = desk.messaging().learnDirectory(desk.me());
            desk.out()
                    .println("read " + learned.cables() + " cables: "
                            + learned.entries().size()
                            + " routing indicators; the directory now holds "
                            + desk.messaging().directory().all().size() + " entries");
            learned.conflicts().stream().limit(20).forEach(c -> desk.out().println("  conflict: " + c));
            if (learned.conflicts().size() > 20) {
                desk.out().println("  ... and " + (learned.conflicts().size() - 20) + " more conflicts");
            }
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "put",
            mixinStandardHelpOptions = true,
            description = "Adds or replaces an entry (administrators). An address ending in COLLECTIVE, or --members,"
                    + " makes a collective that stands for its member posts.")
    static final class Put extends MessagingCommand {
        @Parameters(index = "0", paramLabel = "ROUTE", description = "Routing indicator, e.g. RUEHXX.")
        String route;

        @Parameters(index = "1", paramLabel = "ADDRESS", description = "e.g. \"EUROPEAN POLITICAL COLLECTIVE\".")
        String address;

        @Option(
                names = "--members",
                paramLabel = "ROUTES",
                split = ",",
                description = "A collective's member posts by routing indicator: RUEHFR,RUEHRL.")
        List<String> members;

        @Override
        String subject() {
            return route;
        }

        @Override
        int run(Desk desk) {
            List<String> posts = members == null ? List.of() : members;
            RoutingEntry.Kind kind = posts.isEmpty() ? RoutingEntry.kindOf(address) : RoutingEntry.Kind.COLLECTIVE;
            for (String m : posts) {
                if (desk.messaging().directory().byRoute(m).isEmpty()) {
                    throw new IllegalArgumentException("member " + m + " is not in the routing directory");
                }
            }
            RoutingEntry entry = new RoutingEntry(route, address, kind, RoutingEntry.Source.ADMIN, 0, posts);
            desk.messaging().putDirectoryEntry(desk.me(), entry);
            desk.out()
                    .println("put " + entry.line() + " (" + kind.name().toLowerCase(Locale.ROOT)
                            + (posts.isEmpty() ? "" : " of " + String.join(", ", entry.members())) + ")");
            if (kind == RoutingEntry.Kind.COLLECTIVE && posts.isEmpty()) {
                desk.err()
                        .println("note: collective " + entry.route() + " has no members yet: a release to it is"
                                + " refused until it has (--members)");
            }
            return MessagingExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an entry (administrators).")
    static final class Remove extends MessagingCommand {
        @Parameters(index = "0", paramLabel = "ROUTE", description = "Routing indicator.")
        String route;

        @Override
        String subject() {
            return route;
        }

        @Override
        int run(Desk desk) {
            if (!desk.messaging().removeDirectoryEntry(desk.me(), route)) {
                throw new NotFoundException("no routing indicator " + route + " in the directory");
            }
            desk.out().println("removed " + route.strip().toUpperCase(Locale.ROOT));
            return MessagingExitCodes.OK;
        }
    }
}
