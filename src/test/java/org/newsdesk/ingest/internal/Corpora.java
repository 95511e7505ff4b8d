package org.newsdesk.ingest.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public corpora the ingest benchmarks measure against are unpacked: {@code NEWSDESK_CORPORA} (or the system
 * property {@code corpora}), else {@code ../shared/corpora} beside the project. Layout and sources: docs/ingest-corpora.md.
 */
final class Corpora {

    private Corpora() {}

    static Path root() {
        String configured = System.getProperty("corpora", System.getenv("NEWSDESK_CORPORA"));
        return Path.of(configured != null && !configured.isBlank() ? configured : "../shared/corpora").toAbsolutePath().normalize();
    }

    /** The folder {@code name} under the corpora, or an error that says where it was looked for and how to get it. */
    static Path require(String name) {
        Path dir = root().resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The corpus " + name + " is not at " + dir + ": put it there with scripts/fetch-corpora "
                    + "(docs/ingest-corpora.md) or point NEWSDESK_CORPORA at the folder that holds it.");
        }
        return dir;
    }
}
