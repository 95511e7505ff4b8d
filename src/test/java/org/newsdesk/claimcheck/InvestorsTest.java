package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Who backs whom, read from the structure of source and draft sentences ("Microsoft-backed Inflection AI", "a round backed
 * by Salesforce", "levé … auprès de", "raised … from", "a participé au tour de table de"): an investor the draft gives to
 * another company of the sources is flagged, naming the company the sources give it; the sources' own pairs pass.
 */
class InvestorsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 8, 24);
    private static final String EN = "Following the launch of ChatGPT, several AI startups like Microsoft-backed Inflection AI and "
            + "Google-backed Runway have raised funds. Hugging Face was valued at $4.5 billion in a $235 million round backed by "
            + "Salesforce, Google and Nvidia.";
    private static final String FR = "Mistral AI a levé 600 millions d'euros auprès de General Catalyst et de Lightspeed. "
            + "Hugging Face, soutenue par Salesforce, a levé 235 millions de dollars.";

    private static Claim claim(String draftLanguage, String draft, String sourceLanguage, String source, String text) {
        return Claims.titled(draft, draftLanguage, source, sourceLanguage, PUBLISHED, "AI funding", text);
    }

    @Test
    void aBackerMovedToAnotherStartupIsFlaggedNamingTheOneItBacks() {
        Claim moved = claim("en", "Microsoft-backed Runway and Google-backed Inflection AI have also raised funds.", "en", EN, "Microsoft");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).startsWith("investor moved").contains("Microsoft backs Inflection AI, not Runway", "“Following the launch");
        assertThat(claim("en", "Microsoft-backed Inflection AI and Google-backed Runway raised funds.", "en", EN, "Microsoft").flagged()).isFalse();
        assertThat(claim("fr", "Microsoft a participé au tour de table de Hugging Face.", "en", EN, "Microsoft").flagged()).isTrue();
        assertThat(claim("en", "Hugging Face raised $235 million from Salesforce, Google and Nvidia.", "en", EN, "Nvidia").flagged()).isFalse();
    }

    @Test
    void frenchSourcesSayWhoBacksWhomWithAupresDeAndSoutenuePar() {
        Claim moved = claim("en", "Hugging Face raised $235 million from General Catalyst.", "fr", FR, "General Catalyst");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).contains("General Catalyst backs Mistral AI, not Hugging Face");
        assertThat(claim("fr", "Mistral AI, soutenue par Salesforce, a levé 600 millions d'euros.", "fr", FR, "Salesforce").flagged()).isTrue();
        assertThat(claim("fr", "Mistral AI a levé 600 millions d'euros auprès de Lightspeed.", "fr", FR, "Lightspeed").flagged()).isFalse();
        assertThat(claim("en", "Salesforce-backed Hugging Face raised $235 million.", "fr", FR, "Salesforce").flagged()).isFalse();
    }
}
