package org.newsdesk.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test fixtures under src/test/resources/ingest, with {@code {{run}}} filled in. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String path) {
        return bytes(path, "test");
    }

    static byte[] bytes(String path, String run) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace("{{run}}", run);
            return raw.getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
