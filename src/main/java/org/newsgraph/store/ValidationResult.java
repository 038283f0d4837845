package org.newsgraph.store;

import java.util.List;

/**
 * The outcome of checking the store against the SHACL shapes.
 *
 * @param conforms   true when there is no violation
 * @param violations one readable line per violation: focus node, path, message
 */
public record ValidationResult(boolean conforms, List<String> violations) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }
}
