package org.newsgraph.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link StoreLockTest}: tries to open a store folder and tells, by exit code, what happened. */
public final class LockProbe {
    public static final int OPENED = 0, LOCKED = 3, OTHER = 4;

    public static void main(String[] args) {
        try (Store s = Store.open(Path.of(args[0]))) {
            System.out.println("opened " + s.size());
            System.exit(OPENED);
        } catch (StoreLockedException e) {
            System.out.println(e.getMessage());
            System.exit(LOCKED);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(OTHER);
        }
    }
}
