package org.newsgraph.serve;

import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.web.HttpSC;

/**
 * Puts a {@link RemoteAccess} policy on a served dataset through Jena's own extension points: the context's
 * {@code arq:httpServiceAllowed} and a first link in its service-executor chain for {@code SERVICE}, and an update
 * engine whose {@code LOAD} asks the policy first. Refusals answer 403.
 */
final class RemoteGuards {
    /** The policy in force, in a dataset's context. */
    static final Symbol POLICY = Symbol.create("https://w3id.org/newsgraph/ns#remoteAccess");

    private RemoteGuards() {}

    private static final UpdateEngineFactory GUARDED_UPDATES = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dsg, Context context) {
            return policy(dsg, context) != null;
        }

        @Override
        public UpdateEngine create(DatasetGraph dsg, Binding inputBinding, Context context) {
            RemoteAccess policy = policy(dsg, context);
            return new UpdateEngineMain(dsg, inputBinding, context) {
                @Override
                protected UpdateVisitor prepareWorker() {
                    return new UpdateEngineWorker(dsg, inputBinding, context) {
                        @Override
                        public void visit(UpdateLoad update) {
                            try {
                                policy.checkLoad(update.getSource());
                            } catch (RemoteAccess.DeniedException e) {
                                // SILENT does not hide it: the whole request fails and its transaction is aborted.
                                throw new ActionErrorException(HttpSC.FORBIDDEN_403, e.getMessage(), null);
                            }
                            super.visit(update);
                        }
                    };
                }
            };
        }
    };

    static {
        UpdateEngineRegistry.addFactory(GUARDED_UPDATES);
    }

    private static RemoteAccess policy(DatasetGraph dsg, Context context) {
        Object p = context == null ? null : context.get(POLICY);
        if (p == null && dsg != null && dsg.getContext() != null) p = dsg.getContext().get(POLICY);
        return p instanceof RemoteAccess r ? r : null;
    }

    /**
     * Guards every update engine over {@code dsg} (a second line behind {@link GuardedUpdate}). Several servers of one
     * dataset get the strictest of their policies.
     */
    static void guardLoads(DatasetGraph dsg, RemoteAccess policy) {
        Object old = dsg.getContext().get(POLICY);
        RemoteAccess p = old instanceof RemoteAccess o ? new RemoteAccess(o.service() && policy.service(), o.load() && policy.load()) : policy;
        dsg.getContext().set(POLICY, p);
        if (policy.load()) noRedirects();
    }

    /** The context of a query endpoint: SERVICE as the policy says, and never to a non-public address. */
    static Context queryContext(RemoteAccess policy) {
        Context cxt = new Context();
        cxt.set(ARQ.httpServiceAllowed, policy.service());
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            Node service = opExecute.getService();
            if (!service.isURI()) throw new QueryDeniedException("SERVICE refused: the service is not an IRI");
            try {
                policy.checkService(service.getURI());
            } catch (RemoteAccess.DeniedException e) {
                throw new QueryDeniedException(e.getMessage());
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        cxt.set(ARQConstants.registryServiceExecutors, registry);
        if (policy.service()) noRedirects();
        return cxt;
    }

    /** A public address must not redirect the server into its own network: follow no redirects. */
    private static void noRedirects() {
        HttpEnv.setDftHttpClient(HttpEnv.httpClientBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build());
    }
}
