package org.newsdesk.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The managed PostgreSQL's shared_buffers (NEWSDESK_LOCAL_DB_SHARED_BUFFERS): sized for the machine, or as written. */
class LocalPostgresSharedBuffersTest {

    static final long GB = 1024L * 1024 * 1024;

    @Test
    void autoTakesAnEighthOfTheMachinesMemoryBetween128MbAnd1Gb() {
        assertThat(LocalPostgres.sharedBuffers("auto", 24 * GB)).isEqualTo("1024MB");
        assertThat(LocalPostgres.sharedBuffers(null, 4 * GB)).isEqualTo("512MB");
        assertThat(LocalPostgres.sharedBuffers("", GB / 2)).isEqualTo("128MB");
        assertThat(LocalPostgres.sharedBuffers("AUTO", 0)).as("memory unknown").isEqualTo("128MB");
    }

    @Test
    void anExplicitSizeIsPassedOnAsWritten() {
        assertThat(LocalPostgres.sharedBuffers("512MB", 24 * GB)).isEqualTo("524288kB");
        assertThat(LocalPostgres.sharedBuffers(" 2GB ", GB)).isEqualTo("2097152kB");
        assertThat(LocalPostgres.sharedBuffers("65536kB", GB)).isEqualTo("65536kB");
    }

    @Test
    void aValueThatIsNoSizeIsRefusedInPlainWords() {
        assertThatThrownBy(() -> LocalPostgres.sharedBuffers("lots", GB))
                .hasMessage("NEWSDESK_LOCAL_DB_SHARED_BUFFERS=lots is not a size: write it as a number with kB, MB or GB (\"512MB\", \"1GB\"), or auto.");
        assertThatThrownBy(() -> LocalPostgres.sharedBuffers("512", GB)).hasMessageContaining("is not a size");
        assertThatThrownBy(() -> LocalPostgres.sharedBuffers("100kB", GB)).hasMessageContaining("too small");
    }
}
