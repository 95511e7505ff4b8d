package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.publishing.Term;
import org.newsdesk.story.ContentField;
import tools.jackson.databind.json.JsonMapper;

/** The pieces of a public page that are pure functions: disclosure wording, safe links, terms from content, JSON-LD escaping. */
class PublicContentTest {

    static final Instant AT = Instant.parse("2026-03-31T06:57:00Z");
    static final SourceItem FRENCHWEB = new SourceItem(new SourceItemId(1), "FEED", "FrenchWeb", "https://www.frenchweb.fr/x", "t", null, null, "fr",
            "text", "USED", AT);

    static final Disclosure DISCLOSURE = new Disclosure(new SiteText());

    static FieldProvenance drafted(ContentField field, String lang, String model, boolean edited) {
        return new FieldProvenance(field, lang, "deepseek", model, "draft-basic/1", AT, List.of(FRENCHWEB.id()), 100, 50,
                edited ? new UserId(3) : null, edited ? AT : null);
    }

    @Test
    void theDisclosureNamesModelFieldsSourcesEditsAndApproverInEachLanguage() {
        var facts = Disclosure.facts(List.of(drafted(ContentField.HEADLINE, "en", "deepseek-chat", true),
                drafted(ContentField.SUMMARY, "fr", "deepseek-chat", false)), List.of(FRENCHWEB), "Rita Reviewer", AT.plusSeconds(3600));
        var lines = DISCLOSURE.lines(List.of("en", "zh", "fr"), facts);
        assertThat(lines).extracting(Disclosure.Line::language).containsExactly("en", "zh", "fr");
        assertThat(lines.get(0).text()).isEqualTo("The headline and summary (English, Français) of this article were drafted by the AI model "
                + "deepseek-chat (deepseek) on 2026-03-31 06:57 UTC from 1 source: FrenchWeb. A person then edited: headline (English). "
                + "It was reviewed and approved by Rita Reviewer on 2026-03-31 07:57 UTC. AI can make mistakes: the sources above are the reference.");
        assertThat(lines.get(1).text()).contains("由 AI 模型 deepseek-chat(deepseek)").contains("编辑随后修改了:标题(English)");
        assertThat(lines.get(2).text()).contains("rédigés par le modèle d'IA deepseek-chat").contains("Il a été relu et approuvé par Rita Reviewer");
        assertThat(JsonLd.digitalSourceType(facts)).endsWith("/compositeWithTrainedAlgorithmicMedia");
    }

    @Test
    void withoutProvenanceTheDisclosureSaysPeopleWroteIt() {
        var facts = Disclosure.facts(List.of(), List.of(FRENCHWEB), "Rita Reviewer", AT);
        assertThat(DISCLOSURE.text("en", facts)).startsWith("This article was written by the desk's editors without AI drafting.");
        assertThat(JsonLd.digitalSourceType(facts)).isNull();
    }

    @Test
    void onlyAbsoluteHttpLinksAreKept() {
        assertThat(SafeUrls.http("https://www.frenchweb.fr/a?b=c")).isEqualTo("https://www.frenchweb.fr/a?b=c");
        assertThat(SafeUrls.http("HTTP://Example.com/")).isEqualTo("HTTP://Example.com/");
        assertThat(SafeUrls.http("javascript:alert(1)")).isNull();
        assertThat(SafeUrls.http(" JavaScript:alert(1)")).isNull();
        assertThat(SafeUrls.http("data:text/html,<script>")).isNull();
        assertThat(SafeUrls.http("//evil.example/x")).isNull();
        assertThat(SafeUrls.http("https://x/\"><script>")).isNull();
        assertThat(SafeUrls.http(null)).isNull();
    }

    @Test
    void termsAreReadFromContentFieldsTheModelMayGain() {
        var json = JsonMapper.builder().build();
        var content = json.readTree("""
                {"languages": {"en": {"headline": "h", "categories": ["AI", {"name": "Cloud Computing"}], "tags": ["Funding"]},
                               "zh": {"categories": ["人工智能", "AI"], "highlightTags": [{"label": "投资"}]}}}""");
        assertThat(ContentTerms.fromJson(content)).containsExactly(
                new Term(Term.Kind.CATEGORY, "ai", "AI"), new Term(Term.Kind.CATEGORY, "cloud-computing", "Cloud Computing"),
                new Term(Term.Kind.TAG, "funding", "Funding"), new Term(Term.Kind.CATEGORY, "人工智能", "人工智能"), new Term(Term.Kind.TAG, "投资", "投资"));
        assertThat(ContentTerms.fromJson(json.readTree("{\"languages\": {\"en\": {\"headline\": \"h\"}}}"))).isEmpty();
    }

    @Test
    void jsonLdCannotEndItsScriptElement() {
        String script = JsonLd.script(JsonMapper.builder().build(), java.util.Map.of("headline", "</script><script>alert(1)</script><!-- & \u2028"));
        assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&").contains("\\u003c/script\\u003e");
    }
}
