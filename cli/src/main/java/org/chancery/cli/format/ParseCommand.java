package org.chancery.cli.format;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chancery.telegram.json.CableJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery parse}: cables in any layout to their JSON form, one object per line (JSON Lines). */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Reads cables in any layout (record, Cablegate CSV, WikiLeaks HTML, telegram text or a fragment of one;"
                    + " gzip too) and prints each as one JSON object per line (JSON Lines).",
            "Text input always gives one cable, however few fields it has. A CSV row that cannot be read is named"
                    + " on stderr and skipped; the other rows are still printed."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was read (always the case for text input)",
            "1:some record was rejected (named on stderr); all the others were printed",
            "2:the input cannot be read: missing, binary, or a single cable over 20 MB"
        })
public final class ParseCommand implements Callable<Integer> {

    @Option(
            names = "--reference-id",
            paramLabel = "ID",
            description = "Reference id of a fragment that has none (e.g. 08LONDON2968); its year dates REF lines.")
    String referenceId;

    @Option(names = "--pretty", description = "Indent the JSON over several lines.")
    boolean pretty;

    @Option(names = "--with-text", description = "Add the source text as \"header\" and \"body\".")
    boolean withText;

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
        PrintWriter err = spec.commandLine().getErr();
        CableJson json = CableJson.compact();
        json = pretty ? json.pretty() : json;
        CableJson form = withText ? json.withText() : json;
        CommandReport report = new CommandReport(err, "chancery parse");
        try (CableInput input = CableInput.open(file, System.in)) {
            ReadTally tally = new CableRun(report, referenceId).each(input, cable -> {
                form.write(cable, out);
                out.write('\n');
            });
            return report.finish(tally);
        } catch (UnreadableInputException e) {
            return report.unreadable(e);
        } finally {
            out.flush();
        }
    }
}
