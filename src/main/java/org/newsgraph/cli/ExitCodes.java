package org.newsgraph.cli;

/** Process exit codes of every command. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    /** Bad command line (picocli's default for usage errors). */
    public static final int USAGE = 2;
    /** The command ran, but some input was skipped (each one reported on stderr). */
    public static final int SKIPPED_INPUT = 3;

    private ExitCodes() {
    }
}
