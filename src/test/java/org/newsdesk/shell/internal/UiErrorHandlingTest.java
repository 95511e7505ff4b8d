package org.newsdesk.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** What a person reads when something fails: never SQL or the database's own words. */
class UiErrorHandlingTest {

    @Test
    void aDatabaseErrorIsToldPlainlyWithoutItsSql() {
        var error = new DataIntegrityViolationException("PreparedStatementCallback; SQL [insert into story_revision (content) values (?)]; "
                + "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00",
                new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00"));
        String message = UiErrorHandling.messageFor(new IllegalStateException("Could not save: " + error.getMessage(), error));
        assertThat(message).startsWith("Something went wrong while reading or saving (reference ")
                .doesNotContain("SQL").doesNotContain("insert").doesNotContain("UTF8");
    }

    @Test
    void aRefusalStillSaysWhatToFix() {
        assertThat(UiErrorHandling.messageFor(new IllegalArgumentException("Give the source a title."))).isEqualTo("Give the source a title.");
    }
}
