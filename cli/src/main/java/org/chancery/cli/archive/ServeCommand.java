package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery serve}: the web reading room and the REST API over the archive, until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the web reading room and the REST API over the archive (readers sign in with their accounts;"
                    + " create them with `chancery users add`). Ctrl-C stops it.",
        })
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RunningServer.serveUntilStopped(archive.location(), port, out);
        return 0;
    }
}
