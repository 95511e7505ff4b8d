package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestException;

class OpmlTest {

    @Test
    void aBrokenOpmlFileIsRefusedInPlainWordsWithItsLine() {
        byte[] broken = "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n<outline text=\"A\" xmlUrl=\"https://a.example/feed\">\n</body></opml>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Opml.read(broken)).isInstanceOf(IngestException.class)
                .hasMessage("The OPML file is not well-formed XML (line 4): an element is closed by the wrong end tag. Nothing was imported.");
    }
}
