package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.store.RemoteStore;
import picocli.CommandLine;

/** A running Fuseki dataset given by {@code --endpoint URL}, with the login of {@code --user} and {@code --password-file}. */
final class Remote {

    private Remote() {
    }

    /** Checks the options and connects (nothing is sent yet). */
    static RemoteStore connect(CommandLine cl, String endpoint, String user, Path passwordFile) {
        return RemoteStore.connect(endpoint, credentials(cl, user, passwordFile));
    }

    /** A usage error when a login is given for a store folder. */
    static void noLogin(CommandLine cl, String user, Path passwordFile) {
        if (user != null || passwordFile != null) {
            throw new CommandLine.ParameterException(cl, "--user and --password-file go with --endpoint");
        }
    }

    /** The login, or null without --user; the password is the first line of the file, never given on the command line. */
    static RemoteStore.Credentials credentials(CommandLine cl, String user, Path passwordFile) {
        if ((user == null) != (passwordFile == null)) {
            throw new CommandLine.ParameterException(cl, "--user and --password-file go together");
        }
        if (user == null) return null;
        if (!Files.isRegularFile(passwordFile)) {
            throw new CommandLine.ParameterException(cl, "no such password file: " + passwordFile);
        }
        String password;
        try {
            // The first line, without its line end: files written by editors and `echo` end with one.
            password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
        if (password.isEmpty()) throw new CommandLine.ParameterException(cl, "the password file is empty: " + passwordFile);
        if (user.isBlank() || user.contains(":")) {
            throw new CommandLine.ParameterException(cl, "--user must be a non-blank name without ':'");
        }
        return new RemoteStore.Credentials(user, password);
    }
}
