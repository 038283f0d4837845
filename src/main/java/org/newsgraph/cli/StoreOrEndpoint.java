package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a reading command works: a store folder, or a running Fuseki dataset with an optional login. */
final class StoreOrEndpoint {

    static final class Target {
        @Option(names = {"--store", "--loc"}, paramLabel = "DIR", required = true, description = "The TDB2 store folder.")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL", required = true,
                description = "A running Fuseki dataset instead, e.g. http://localhost:3030/newsgraph (newsgraph serve or a"
                        + " standalone Fuseki): queries go to URL/sparql, whole graphs are read through the Graph Store Protocol.")
        String endpoint;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--user", paramLabel = "NAME", description = "With --endpoint: the user name to give when the server asks for one.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --user: a file whose first line is the password.")
    Path passwordFile;

    Path store() {
        return target.store;
    }

    String endpoint() {
        return target.endpoint;
    }
}
