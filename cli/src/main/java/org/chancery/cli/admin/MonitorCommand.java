package org.chancery.cli.admin;

import java.io.PrintWriter;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.cli.archive.ArchiveSession;
import org.chancery.cli.archive.CommandRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chancery monitor}: the access monitor's settings. Administrators only. */
@Command(
        name = "monitor",
        mixinStandardHelpOptions = true,
        description = "The bulk-access monitor's settings (administrators only).",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {MonitorCommand.Thresholds.class})
public final class MonitorCommand {

    @Command(
            name = "thresholds",
            mixinStandardHelpOptions = true,
            description = "Prints the thresholds; with options, sets those given first. Crossing any within an hour"
                    + " suspends the reader.")
    static final class Thresholds extends AdminCommand {
        @Option(names = "--cables-per-hour", paramLabel = "N", description = "Distinct cables a reader may receive.")
        Integer cables;

        @Option(
                names = "--new-origins-per-hour",
                paramLabel = "N",
                description = "Distinct originating posts outside the reader's posts and last 30 days.")
        Integer origins;

        @Option(
                names = "--new-tags-per-hour",
                paramLabel = "N",
                description = "Distinct TAGS outside the reader's last 30 days.")
        Integer tags;

        @Override
        String target() {
            return "access-thresholds";
        }

        @Override
        int run(ArchiveSession session, PrintWriter out) {
            AccessThresholds current = session.monitor().thresholds();
            if (cables != null || origins != null || tags != null) {
                AccessThresholds wanted = new AccessThresholds(
                        cables == null ? current.cablesPerHour() : cables,
                        origins == null ? current.newOriginsPerHour() : origins,
                        tags == null ? current.newTagsPerHour() : tags);
                try {
                    session.monitor().setThresholds(wanted);
                } catch (IllegalArgumentException invalid) {
                    throw new CommandRefusedException(invalid.getMessage());
                }
                audited(session, target(), "monitor thresholds: " + describe(current) + " -> " + describe(wanted));
                current = wanted;
            }
            out.println("cables-per-hour " + current.cablesPerHour());
            out.println("new-origins-per-hour " + current.newOriginsPerHour());
            out.println("new-tags-per-hour " + current.newTagsPerHour());
            return 0;
        }

        private static String describe(AccessThresholds t) {
            return t.cablesPerHour() + "/" + t.newOriginsPerHour() + "/" + t.newTagsPerHour();
        }
    }
}
