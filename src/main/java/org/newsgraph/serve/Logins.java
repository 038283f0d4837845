package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;

/**
 * The logins that may write, as Fuseki and Jetty keep them: a password file of {@code user: password} lines
 * ({@code #} comments; a password may be stored hashed as {@code MD5:...} or {@code CRYPT:...}; roles after a comma
 * are ignored), or one user given directly.
 */
public final class Logins {
    private final Map<String, String> credentials;

    private Logins(Map<String, String> credentials) {
        if (credentials.isEmpty()) throw new IllegalArgumentException("no login");
        this.credentials = Map.copyOf(credentials);
    }

    /** One login. */
    public static Logins of(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() || user.contains(":")) throw new IllegalArgumentException("user must be non-empty, without ':'");
        if (password.isEmpty()) throw new IllegalArgumentException("password must not be empty");
        return new Logins(Map.of(user, password));
    }

    /**
     * A Fuseki-style password file.
     * @throws IllegalArgumentException naming the file and line of a line that is not {@code user: password}
     */
    public static Logins readPasswordFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String user = colon < 0 ? "" : line.substring(0, colon).strip();
            String rest = colon < 0 ? "" : line.substring(colon + 1).strip();
            int comma = rest.indexOf(',');
            String password = (comma < 0 ? rest : rest.substring(0, comma)).strip();
            if (user.isEmpty() || password.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'user: password'");
            }
            users.put(user, password);
        }
        if (users.isEmpty()) throw new IllegalArgumentException(file + ": no 'user: password' line");
        return new Logins(users);
    }

    /** Only these users of the file. */
    public Logins only(Set<String> users) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String u : users) {
            if (!credentials.containsKey(u)) throw new IllegalArgumentException("no login for user " + u + " in the password file");
            kept.put(u, credentials.get(u));
        }
        return new Logins(kept);
    }

    public Set<String> users() {
        return credentials.keySet();
    }

    /** Jetty's store of these logins. */
    UserStore userStore() {
        UserStore store = new UserStore();
        credentials.forEach((u, p) -> store.addUser(u, Credential.getCredential(p), new String[0]));
        try {
            store.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the user store", e);
        }
        return store;
    }
}
