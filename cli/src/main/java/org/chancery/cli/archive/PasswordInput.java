package org.chancery.cli.archive;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Where the command line gets passwords: the environment, the terminal (never echoed), or one line of stdin. */
public final class PasswordInput {

    private PasswordInput() {}

    /** The password to sign in as {@code user}: {@code $CHANCERY_PASSWORD}, else asked on the terminal. */
    static char[] forSignIn(String user, Map<String, String> env) {
        String fromEnv = env.get(ArchiveOptions.PASSWORD_ENV);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = terminal();
        char[] typed = console.readPassword("password for %s: ", user);
        if (typed == null) {
            throw new CommandRefusedException("no password given for " + user);
        }
        return typed;
    }

    /** A new password typed twice on the terminal; refused when the two differ. */
    public static char[] newFromTerminal(String user) {
        Console console = terminal();
        char[] first = console.readPassword("new password for %s: ", user);
        char[] second = console.readPassword("the same again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CommandRefusedException("the two passwords differ");
        }
        Arrays.fill(second, '\0');
        return first;
    }

    /** The first line of the input, without its line end (for scripts: {@code --password-stdin}). */
    public static char[] firstLine(InputStream in) {
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.write(b);
            }
            byte[] bytes = line.toByteArray();
            int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
            Arrays.fill(bytes, (byte) 0);
            char[] password = new char[chars.remaining()];
            chars.get(password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from stdin", e);
        }
    }

    private static Console terminal() {
        Console console = System.console();
        if (console == null || !interactive(console)) {
            throw new CommandRefusedException("no terminal to ask for the password: set " + ArchiveOptions.PASSWORD_ENV
                    + " (sign-in) or use --password-stdin (new passwords)");
        }
        return console;
    }

    /**
     * Since Java 22 there is a console even when stdin is a pipe; {@code isTerminal} (absent from the Java 21 API the
     * code is compiled against) tells the two apart, so a script never blocks on a prompt it cannot answer.
     */
    private static boolean interactive(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }
}
