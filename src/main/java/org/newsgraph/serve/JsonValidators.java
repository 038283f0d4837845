package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;

/**
 * Fuseki's validators (what the UI's "validate" pages call), answering in JSON only. Their HTML forms echo the
 * input unescaped as {@code text/html}, a reflected cross-site scripting hole; JSON is never rendered as a page.
 */
final class JsonValidators {
    private JsonValidators() {}

    static final class Query extends QueryValidator {
        @Override
        protected void execute(HttpServletRequest req, HttpServletResponse res) {
            executeJSON(req, res);
        }
    }

    static final class Update extends UpdateValidator {
        @Override
        protected void execute(HttpServletRequest req, HttpServletResponse res) {
            executeJSON(req, res);
        }
    }

    static final class Iri extends IRIValidator {
        @Override
        protected void execute(HttpServletRequest req, HttpServletResponse res) {
            executeJSON(req, res);
        }
    }

    static final class LangTag extends LangTagValidator {
        @Override
        protected void execute(HttpServletRequest req, HttpServletResponse res) {
            executeJSON(req, res);
        }
    }

    static final class Data extends DataValidator {
        @Override
        protected void execute(HttpServletRequest req, HttpServletResponse res) {
            executeJSON(req, res);
        }
    }
}
