package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.claimcheck.ClaimValue.DateValue;

class RelativeDatesTest {

    private static final LocalDate THU = LocalDate.of(2026, 3, 5);

    private static List<RelativeDates.Found> find(String text, String language, LocalDate published) {
        return RelativeDates.find(text, language, published);
    }

    @Test
    void aWeekdayIsTheLatestSuchDayOnOrBeforePublication() {
        RelativeDates.Found same = find("Anthropic said on Thursday it had closed the round.", "en", THU).getFirst();
        assertThat(same.value()).isEqualTo(new DateValue(2026, 3, 5));
        assertThat(same.how()).isEqualTo("\"Thursday\" in a story of Thu 2026-03-05 = 2026-03-05");
        assertThat(find("Mistral a annoncé mardi une levée.", "fr", LocalDate.of(2025, 9, 10)).getFirst().value()).isEqualTo(new DateValue(2025, 9, 9));
        assertThat(find("Anthropic周二宣布完成融资。", "zh", LocalDate.of(2025, 9, 3)).getFirst().value()).isEqualTo(new DateValue(2025, 9, 2));
        assertThat(find("Hugging Face a dévoilé jeudi dernier son robot.", "fr", LocalDate.of(2026, 5, 4)).getFirst().value())
                .isEqualTo(new DateValue(2026, 4, 30));
        assertThat(find("It ships next Tuesday.", "en", THU).getFirst().value()).isEqualTo(new DateValue(2026, 3, 10));
        assertThat(find("上周二发布。", "zh", THU).getFirst().value()).isEqualTo(new DateValue(2026, 2, 24));
    }

    @Test
    void lastAndThisWeekdayAreCountedInCalendarWeeks() {
        LocalDate wed = LocalDate.of(2019, 11, 20);
        assertThat(find("more than 10 million users activated their accounts last Tuesday.", "en", wed).getFirst().value())
                .isEqualTo(new DateValue(2019, 11, 12));
        assertThat(find("Mayer said Tuesday at the conference.", "en", wed).getFirst().value()).isEqualTo(new DateValue(2019, 11, 19));
        LocalDate mon = LocalDate.of(2021, 2, 1);
        RelativeDates.Found ce = find("Navalny comparaît devant la justice ce mardi.", "fr", mon).getFirst();
        assertThat(ce.value()).isEqualTo(new DateValue(2021, 2, 2));
        assertThat(ce.how()).isEqualTo("\"ce mardi\" in a story of Mon 2021-02-01 = 2021-02-02");
        assertThat(find("The report comes out this Friday.", "en", mon).getFirst().value()).isEqualTo(new DateValue(2021, 2, 5));
        assertThat(find("本周五发布。", "zh", mon).getFirst().value()).isEqualTo(new DateValue(2021, 2, 5));
    }

    @Test
    void daysMonthsAndYearsAroundThePublication() {
        LocalDate p = LocalDate.of(2025, 12, 17);
        assertThat(find("Databricks said yesterday it had raised $4 billion.", "en", p).getFirst().value()).isEqualTo(new DateValue(2025, 12, 16));
        assertThat(find("OpenAI昨日发布GPT-5。", "zh", LocalDate.of(2025, 8, 8)).getFirst().value()).isEqualTo(new DateValue(2025, 8, 7));
        assertThat(find("OpenAI launched it last month.", "en", LocalDate.of(2026, 3, 10)).getFirst().value()).isEqualTo(new DateValue(2026, 2, 0));
        assertThat(find("将于下月发布。", "zh", LocalDate.of(2025, 12, 20)).getFirst().value()).isEqualTo(new DateValue(2026, 1, 0));
        assertThat(find("本月初,智谱发布了GLM-4.5。", "zh", LocalDate.of(2025, 9, 20)).getFirst().value()).isEqualTo(new DateValue(2025, 9, 0));
        assertThat(find("Cohere plans to go public next year.", "en", p).getFirst().value()).isEqualTo(new DateValue(2026, 0, 0));
        assertThat(find("Fondée il y a deux ans, la société…", "fr", LocalDate.of(2025, 6, 10)).getFirst().value()).isEqualTo(new DateValue(2023, 0, 0));
        assertThat(find("La société prévoit l'an prochain une cotation.", "fr", p).getFirst().value()).isEqualTo(new DateValue(2026, 0, 0));
        assertThat(find("寒武纪去年营收大增。", "zh", LocalDate.of(2026, 1, 15)).getFirst().value()).isEqualTo(new DateValue(2025, 0, 0));
    }

    @Test
    void nothingWithoutAPublicationDateOrForALowerCaseWeekday() {
        assertThat(find("It closed on Thursday.", "en", null)).isEmpty();
        assertThat(find("a monday-morning meeting", "en", THU)).isEmpty();
    }

    @Test
    void aDigitBeforeAMeasureWordIsNoWeekday() {
        assertThat(find("上周三大人民币汇率指数全线下跌。", "zh", LocalDate.of(2024, 8, 20))).isEmpty();
        assertThat(find("上周三个交易日下跌。", "zh", LocalDate.of(2024, 8, 20))).isEmpty();
        assertThat(find("上周三发布。", "zh", LocalDate.of(2024, 8, 20)).getFirst().value()).isEqualTo(new DateValue(2024, 8, 14));
    }

    @Test
    void partsOfTheDayAreThePublicationsDayOrTheOneBefore() {
        LocalDate wed = LocalDate.of(2024, 8, 21);
        assertThat(find("It was announced this morning.", "en", wed).getFirst().value()).isEqualTo(new DateValue(2024, 8, 21));
        assertThat(find("Shares fell last night.", "en", wed).getFirst().value()).isEqualTo(new DateValue(2024, 8, 20));
        assertThat(find("Le vote a eu lieu ce matin.", "fr", wed).getFirst().value()).isEqualTo(new DateValue(2024, 8, 21));
        assertThat(find("Le texte a été adopté la nuit dernière.", "fr", wed).getFirst().value()).isEqualTo(new DateValue(2024, 8, 20));
        assertThat(find("美联储昨晚公布会议纪要。", "zh", wed).getFirst().value()).isEqualTo(new DateValue(2024, 8, 20));
        assertThat(find("公司今晨发布公告。", "zh", wed).getFirst().value()).isEqualTo(new DateValue(2024, 8, 21));
    }
}
