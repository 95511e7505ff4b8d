package org.newsdesk.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestException;
import org.springframework.dao.DataIntegrityViolationException;

/** What an editor reads when importing fails in the background: Newsdesk's words, never a library's. */
class BackgroundTest {

    @Test
    void newsdesksOwnRefusalsAreShownAsTheyAre() {
        assertThat(Background.messageFor(new IngestException("No article text was found on https://outlet.example/a. Nothing was imported.")))
                .isEqualTo("No article text was found on https://outlet.example/a. Nothing was imported.");
        assertThat(Background.messageFor(new IllegalArgumentException("Give the source a title."))).isEqualTo("Give the source a title.");
    }

    @Test
    void aLibrarysExceptionIsToldAsAReferenceToTheLog() {
        // what readability4j throws when its scoring ends on the document itself
        IllegalStateException fromLibrary = new IllegalStateException("topCandidate.parent() must not be null");
        fromLibrary.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("net.dankito.readability4j.processor.ArticleGrabber", "getTextDirection", "ArticleGrabber.kt", 1118)});
        assertThat(Background.messageFor(fromLibrary)).startsWith("Something went wrong (reference ").doesNotContain("topCandidate");
        assertThat(Background.messageFor(new DataIntegrityViolationException("ERROR: duplicate key value violates unique constraint")))
                .startsWith("Something went wrong (reference ").doesNotContain("duplicate key");
    }
}
