package io.newsstream.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one readable line on stderr (exit code 1) instead of a stack trace: a busy
 * port, an unreachable broker or registry are operating conditions, not bugs. Set
 * {@code NEWSSTREAM_DEBUG=1} to get the stack trace too.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + describe(error));
        if (System.getenv("NEWSSTREAM_DEBUG") != null) {
            error.printStackTrace(command.getErr());
        }
        return 1;
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getMessage() == null && root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
