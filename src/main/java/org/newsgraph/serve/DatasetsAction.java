package org.newsgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.WebContent;

/**
 * {@code GET /$/datasets} and {@code GET /$/datasets/NAME}: the dataset descriptions Fuseki's UI reads,
 * in the admin module's JSON shape, without its create and delete operations (other methods get 405).
 */
final class DatasetsAction extends ActionCtl {

    @Override
    public void validate(HttpAction action) {
    }

    @Override
    public void execGet(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void execHead(HttpAction action) {
        executeLifecycle(action);
    }

    // Administration (create, delete) is not offered.
    @Override
    public void execPost(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST");
    }

    @Override
    public void execPut(HttpAction action) {
        ServletOps.errorMethodNotAllowed("PUT");
    }

    @Override
    public void execDelete(HttpAction action) {
        ServletOps.errorMethodNotAllowed("DELETE");
    }

    @Override
    public void execPatch(HttpAction action) {
        ServletOps.errorMethodNotAllowed("PATCH");
    }

    @Override
    public void execute(HttpAction action) {
        String method = action.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            ServletOps.errorMethodNotAllowed(method);
            return;
        }
        String item = getItemName(action);
        JsonBuilder b = new JsonBuilder();
        if (item == null || item.isEmpty()) {
            b.startObject().key("datasets");
            JsonDescription.arrayDatasets(b, action.getDataAccessPointRegistry());
            b.finishObject();
        } else {
            DataAccessPoint dap = action.getDataAccessPointRegistry().get(DataAccessPoint.canonical(item));
            if (dap == null) {
                ServletOps.errorNotFound("no such dataset: " + item);
                return;
            }
            JsonDescription.describe(b, dap);
        }
        try {
            action.setResponseContentType(WebContent.contentTypeJSON);
            action.setResponseCharacterEncoding(WebContent.charsetUTF8);
            OutputStream out = action.getResponseOutputStream();
            JSON.write(out, b.build());
            out.write('\n');
            out.flush();
            ServletOps.success(action);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }
}
