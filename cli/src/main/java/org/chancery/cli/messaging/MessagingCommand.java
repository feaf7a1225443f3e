package org.chancery.cli.messaging;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chancery.archive.account.AccountException;
import org.chancery.archive.room.AccessSuspendedException;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import org.chancery.cli.archive.CommandRefusedException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A messaging command: opens the archive as the acting account, runs, and turns every refusal into one line on stderr
 * naming the draft or cable and the problem, with the exit code of {@link MessagingExitCodes}.
 */
abstract class MessagingCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    /** What the command is about, for its error line: {@code draft 3}, {@code 26LONDON1}; null when nothing yet. */
    abstract String subject();

    abstract int run(Desk desk);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            int code = run(new Desk(session, session.messaging(), session.reader(), out, err));
            out.flush();
            return code;
        } catch (CommandRefusedException | SecurityException | AccountException | AccessSuspendedException refused) {
            return fail(MessagingExitCodes.REFUSED, refused);
        } catch (NotFoundException notFound) {
            return fail(MessagingExitCodes.NOT_FOUND, notFound);
        } catch (UnreadableDraftException unreadable) {
            return fail(MessagingExitCodes.UNREADABLE, unreadable);
        } catch (IllegalStateException notNow) {
            return fail(MessagingExitCodes.CONFLICT, notNow);
        } catch (IllegalArgumentException invalid) {
            // invalid drafts, unknown addressees, unknown precedences, a return without a comment
            return fail(MessagingExitCodes.INVALID, invalid);
        }
    }

    private int fail(int code, RuntimeException e) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.flush();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String about = subject();
        boolean named = about == null
                || message.toLowerCase(java.util.Locale.ROOT).contains(about.toLowerCase(java.util.Locale.ROOT));
        err.println("chancery: " + (named ? message : about + ": " + message));
        err.flush();
        return code;
    }
}
