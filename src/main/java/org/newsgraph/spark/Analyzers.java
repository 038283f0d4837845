package org.newsgraph.spark;

import org.newsgraph.pipeline.Analyzer;

/**
 * The analyzer of this JVM: models and knowledge base loaded once per executor, at the first article, and shared
 * by its task threads ({@link Analyzer} is thread-safe). Never serialized: tasks reach it through this class.
 */
final class Analyzers {
    private static volatile Analyzer analyzer;

    private Analyzers() {
    }

    static Analyzer get() {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (Analyzers.class) {
                a = analyzer;
                if (a == null) {
                    a = Analyzer.load();
                    analyzer = a;
                }
            }
        }
        return a;
    }
}
