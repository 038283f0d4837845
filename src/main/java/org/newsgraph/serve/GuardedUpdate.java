package org.newsgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update, which first reads the whole request and refuses it with 403 when a {@code LOAD} is not
 * allowed by the {@link RemoteAccess} policy, before anything is executed. The update engine checks again
 * ({@link RemoteGuards}) should a request reach it another way.
 */
final class GuardedUpdate extends SPARQL_Update {
    private final RemoteAccess policy;

    GuardedUpdate(RemoteAccess policy) {
        this.policy = policy;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] text;
        try {
            text = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.read(new ByteArrayInputStream(text), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            // Fuseki reports the syntax error below, with its own message.
        }
        if (request != null) {
            for (Update u : request.getOperations()) {
                if (u instanceof UpdateLoad load) {
                    try {
                        policy.checkLoad(load.getSource());
                    } catch (RemoteAccess.DeniedException e) {
                        ServletOps.errorForbidden(e.getMessage());
                    }
                }
            }
        }
        super.execute(action, new ByteArrayInputStream(text));
    }
}
