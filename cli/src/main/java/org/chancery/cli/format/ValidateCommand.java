package org.chancery.cli.format;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.telegram.json.FindingJson;
import org.chancery.telegram.validate.CableValidator;
import org.chancery.telegram.validate.Finding;
import org.chancery.telegram.validate.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery validate}: checks cables against the format and classification rules. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks every cable of the files against the rules of the format and of classification and prints one"
                    + " finding per line: CODE SEVERITY REFERENCE_ID message (- when the cable has no id),"
                    + " then a summary line.",
            "With --json each finding is a JSON object on its own line and the summary goes to stderr."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding is an ERROR (warnings allowed)",
            "1:some finding is an ERROR, or some record could not be read (named on stderr)",
            "2:some input cannot be read at all: missing, binary, or a single cable over 20 MB"
        })
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print findings as JSON Lines.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files of cables in any layout; - for stdin.")
    List<String> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommandReport report = new CommandReport(err, "chancery validate");
        CableValidator validator = new CableValidator();
        FindingCounts counts = new FindingCounts();
        ReadTally tally = ReadTally.NONE;
        boolean unreadable = false;
        for (String file : files) {
            try (CableInput input = CableInput.open(file, System.in)) {
                tally = tally.plus(new CableRun(report, null).each(input, cable -> {
                    for (Finding f : validator.validate(cable)) {
                        out.println(json ? FindingJson.write(f) : line(f));
                        counts.add(f);
                    }
                }));
            } catch (UnreadableInputException e) {
                // The other files are still checked; the exit code says that one was not.
                report.unreadable(e);
                unreadable = true;
            }
        }
        String summary = tally.cables() + " cables checked, " + counts.errors + " errors, " + counts.warnings
                + " warnings" + (tally.rejected() > 0 ? ", " + tally.rejected() + " records rejected" : "");
        (json ? err : out).println(summary);
        out.flush();
        err.flush();
        if (unreadable) {
            return ExitCodes.UNREADABLE;
        }
        return counts.errors > 0 || tally.rejected() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }

    private static String line(Finding f) {
        return f.code() + " " + f.severity() + " " + (f.referenceId() == null ? "-" : f.referenceId()) + " "
                + f.message();
    }

    /** Tallies by severity; a small mutable counter local to one run. */
    private static final class FindingCounts {
        int errors;
        int warnings;

        void add(Finding f) {
            if (f.severity() == Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
        }
    }
}
