package org.chancery.cli.format;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chancery.telegram.write.TelegramWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery render}: cables in any layout written out as ACP-127 telegram text. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Reads cables in any layout and writes each as telegram text: header format lines, then the text, cut"
                    + " into sections, each transmission ending in NNNN."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was written",
            "1:some record was rejected (named on stderr); all the others were written",
            "2:the input cannot be read: missing, binary, or a single cable over 20 MB"
        })
public final class RenderCommand implements Callable<Integer> {

    @Option(
            names = "--reference-id",
            paramLabel = "ID",
            description = "Reference id of a fragment that has none; its year dates REF lines.")
    String referenceId;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE|-",
            description = "The file to read; standard input when - or absent.")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CommandReport report = new CommandReport(spec.commandLine().getErr(), "chancery render");
        TelegramWriter writer = new TelegramWriter();
        try (CableInput input = CableInput.open(file, System.in)) {
            ReadTally tally = new CableRun(report, referenceId).each(input, cable -> out.write(writer.write(cable)));
            return report.finish(tally);
        } catch (UnreadableInputException e) {
            return report.unreadable(e);
        } finally {
            out.flush();
        }
    }
}
