package org.newsdesk.publishing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-LD of an article: a schema.org {@code NewsArticle} that says machine-readably what the
 * disclosure says in words: IPTC's digital source type for AI involvement, the model as a
 * contributor, the person who approved it as editor, and the sources it is based on.
 */
final class JsonLd {

    static final String IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/";
    /** Drafted by a model, then edited by people (or partly written by them). */
    static final String AI_ASSISTED = IPTC + "compositeWithTrainedAlgorithmicMedia";
    /** Drafted by a model and published as drafted (after review). */
    static final String AI_GENERATED = IPTC + "trainedAlgorithmicMedia";

    private JsonLd() {}

    /** The IPTC digital source type for an article with this provenance, or null when no AI drafted any of it. */
    static String digitalSourceType(Disclosure.Facts facts) {
        if (!facts.aiDrafted()) {
            return null;
        }
        return facts.edited() ? AI_ASSISTED : AI_GENERATED;
    }

    static Map<String, Object> article(SiteViews.Site site, SiteViews.ArticleView a, List<String> alternativeHeadlines, Disclosure.Facts facts,
            String englishDisclosure) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("@id", a.canonical());
        ld.put("url", a.canonical());
        ld.put("mainEntityOfPage", a.canonical());
        ld.put("headline", a.title());
        if (!alternativeHeadlines.isEmpty()) {
            ld.put("alternativeHeadline", alternativeHeadlines);
        }
        ld.put("description", a.description());
        ld.put("inLanguage", a.sections().stream().map(SiteViews.Section::lang).toList());
        ld.put("datePublished", a.published().iso());
        ld.put("dateModified", (a.updated() == null ? a.published() : a.updated()).iso());
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "NewsMediaOrganization");
        org.put("name", site.name());
        org.put("url", site.home());
        ld.put("publisher", org);
        ld.put("author", org);
        if (!a.categories().isEmpty()) {
            ld.put("articleSection", a.categories().stream().map(SiteViews.TermLink::label).toList());
        }
        if (!a.tags().isEmpty()) {
            ld.put("keywords", a.tags().stream().map(SiteViews.TermLink::label).toList());
        }
        List<Map<String, Object>> basedOn = new ArrayList<>();
        for (SiteViews.SourceLink s : a.sources()) {
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "CreativeWork");
            work.put("name", s.title());
            if (s.url() != null) {
                work.put("url", s.url());
            }
            if (s.outlet() != null) {
                work.put("publisher", Map.of("@type", "Organization", "name", s.outlet()));
            }
            basedOn.add(work);
        }
        if (!basedOn.isEmpty()) {
            ld.put("isBasedOn", basedOn);
        }
        String type = digitalSourceType(facts);
        if (type != null) {
            ld.put("digitalSourceType", type);
            List<Map<String, Object>> models = new ArrayList<>();
            for (Disclosure.ModelPart m : facts.models()) {
                Map<String, Object> app = new LinkedHashMap<>();
                app.put("@type", "SoftwareApplication");
                app.put("name", m.model());
                app.put("applicationCategory", "Large language model");
                app.put("provider", Map.of("@type", "Organization", "name", m.provider()));
                app.put("dateCreated", m.lastGenerated().toString());
                models.add(app);
            }
            ld.put("contributor", models);
        }
        if (facts.approver() != null) {
            ld.put("editor", Map.of("@type", "Person", "name", facts.approver()));
        }
        ld.put("creditText", englishDisclosure);
        return ld;
    }

    /** JSON safe to put inside a {@code <script>} element: no "<", ">" or "&" can end it or open a comment. */
    static String script(JsonMapper json, Map<String, Object> ld) {
        return json.writeValueAsString(ld)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
