package org.chancery.cli.format;

/**
 * Input that cannot be read as cables at all. The message is one line for stderr: the input's name and the problem,
 * e.g. {@code photo.jpg: binary data, not cable text}.
 */
public final class UnreadableInputException extends Exception {
    public UnreadableInputException(String inputName, String problem) {
        super(inputName + ": " + problem);
    }

    public UnreadableInputException(String inputName, String problem, Throwable cause) {
        super(inputName + ": " + problem, cause);
    }
}
