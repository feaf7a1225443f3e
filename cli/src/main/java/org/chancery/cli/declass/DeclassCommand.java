package org.chancery.cli.declass;

import picocli.CommandLine.Command;

/** {@code chancery declass}: the records officers' declassification workflow. */
@Command(
        name = "declass",
        mixinStandardHelpOptions = true,
        description = "Declassification: what comes due, the review queue, and decisions (records officers).",
        subcommands = {
            DeclassDueCommand.class,
            DeclassReviewCommand.class,
            DeclassDecideCommand.Approve.class,
            DeclassDecideCommand.Extend.class,
            DeclassDecideCommand.Exempt.class,
            DeclassHistoryCommand.class
        })
public final class DeclassCommand {}
