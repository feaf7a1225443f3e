package org.chancery.cli.archive;

import picocli.CommandLine.Command;

/** {@code chancery bench}: in-process measurements. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measures the archive in this process.",
        subcommands = {BenchImportCommand.class, org.chancery.cli.search.BenchSearchCommand.class})
public final class BenchCommand {}
