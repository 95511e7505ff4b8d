package org.newsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.Schedule;

/** What a publisher's wall-clock time means in a named zone, across daylight-saving changes. */
class ReleaseTimesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aTimeAfterTheClocksGoForwardUsesTheSummerOffsetEvenWhenScheduledInWinter() {
        // scheduled on Wednesday 24 March 2021 (Paris on UTC+1) for Sunday 28 March 09:00, after the change to UTC+2
        Schedule s = ReleaseTimes.resolve(LocalDateTime.parse("2021-03-28T09:00"), PARIS);
        assertThat(s.at()).isEqualTo(Instant.parse("2021-03-28T07:00:00Z"));
        assertThat(s.zone()).isEqualTo(PARIS);
        assertThat(ReleaseTimes.describe(s)).isEqualTo("Sun 28 Mar 2021 09:00 CEST (+02:00), Europe/Paris · 2021-03-28 07:00 UTC");
        assertThat(ReleaseTimes.resolve(LocalDateTime.parse("2021-03-27T09:00"), PARIS).at()).isEqualTo(Instant.parse("2021-03-27T08:00:00Z"));
    }

    @Test
    void aTimeTheClocksSkipIsRefusedWithTheJumpNamed() {
        assertThatThrownBy(() -> ReleaseTimes.resolve(LocalDateTime.parse("2021-03-28T02:30"), PARIS))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("02:30 does not exist on 2021-03-28 in Europe/Paris: the clocks jump from 02:00 to 03:00. Pick another time.");
        assertThatThrownBy(() -> ReleaseTimes.resolve(LocalDateTime.parse("2021-03-14T02:15"), NEW_YORK))
                .hasMessageContaining("the clocks jump from 02:00 to 03:00");
    }

    @Test
    void aTimeThatOccursTwiceMeansTheFirstAndSaysSo() {
        LocalDateTime twice = LocalDateTime.parse("2021-10-31T02:30");
        assertThat(ReleaseTimes.resolve(twice, PARIS).at()).isEqualTo(Instant.parse("2021-10-31T00:30:00Z"));
        assertThat(ReleaseTimes.ambiguity(twice, PARIS)).hasValue(
                "02:30 occurs twice on 2021-10-31 in Europe/Paris (the clocks go back); this means the first one, 2021-10-31 00:30 UTC.");
        assertThat(ReleaseTimes.ambiguity(LocalDateTime.parse("2021-10-31T04:30"), PARIS)).isEmpty();
    }

    @Test
    void theSameWallClockTimeIsADifferentInstantInEachZone() {
        LocalDateTime nine = LocalDateTime.parse("2021-03-15T09:00");
        assertThat(ReleaseTimes.resolve(nine, NEW_YORK).at()).isEqualTo(Instant.parse("2021-03-15T13:00:00Z")); // EDT since the 14th
        assertThat(ReleaseTimes.resolve(nine, PARIS).at()).isEqualTo(Instant.parse("2021-03-15T08:00:00Z")); // still CET
        assertThat(ReleaseTimes.resolve(nine, ZoneId.of("Asia/Shanghai")).at()).isEqualTo(Instant.parse("2021-03-15T01:00:00Z"));
        assertThat(ReleaseTimes.resolve(nine, ZoneId.of("UTC")).at()).isEqualTo(Instant.parse("2021-03-15T09:00:00Z"));
        assertThat(ReleaseTimes.describe(ReleaseTimes.resolve(nine, ZoneId.of("UTC")))).isEqualTo("Mon 15 Mar 2021 09:00 UTC");
    }

    @Test
    void onlyATimeInTheFutureIsAccepted() {
        Instant now = Instant.parse("2021-03-24T12:00:00Z");
        assertThat(ReleaseTimes.refusal(new Schedule(now.plusMillis(1), PARIS), now)).isEmpty();
        assertThat(ReleaseTimes.refusal(new Schedule(now, PARIS), now)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("The release time must be in the future: Wed 24 Mar 2021 13:00 CET (+01:00), Europe/Paris · 2021-03-24 12:00 UTC has passed"));
    }

    @Test
    void aMissingDateOrZoneIsAskedFor() {
        assertThatThrownBy(() -> ReleaseTimes.resolve(null, PARIS)).hasMessage("Pick the date and time of the release.");
        assertThatThrownBy(() -> ReleaseTimes.resolve(LocalDateTime.parse("2021-03-15T09:00"), null)).hasMessage("Pick the time zone the release time is in.");
    }
}
