package org.newsdesk.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A story's content in one language: the text of each {@link ContentField}, plus typed views
 * of the tables and lists. Stored as a JSON object of field key to text.
 */
public final class LocalizedContent {

    public static final LocalizedContent EMPTY = new LocalizedContent(Map.of());

    private final Map<ContentField, String> fields;

    public LocalizedContent(Map<ContentField, String> fields) {
        EnumMap<ContentField, String> copy = new EnumMap<>(ContentField.class);
        fields.forEach((f, text) -> {
            String t = normalise(f, text);
            if (!t.isEmpty()) {
                copy.put(f, t);
            }
        });
        this.fields = Collections.unmodifiableMap(copy);
    }

    /** The three fields every story starts with. */
    public LocalizedContent(String headline, String summary, List<String> tldr) {
        this(threeFields(headline, summary, tldr));
    }

    private static Map<ContentField, String> threeFields(String headline, String summary, List<String> tldr) {
        Map<ContentField, String> m = new EnumMap<>(ContentField.class);
        m.put(ContentField.HEADLINE, headline == null ? "" : headline);
        m.put(ContentField.SUMMARY, summary == null ? "" : summary);
        m.put(ContentField.TLDR, tldr == null ? "" : String.join("\n", tldr));
        return m;
    }

    /** Reads stored JSON; lists (as older revisions stored the TL;DR) become one line per item. */
    @JsonCreator
    public static LocalizedContent fromJson(Map<String, Object> json) {
        Map<ContentField, String> m = new EnumMap<>(ContentField.class);
        json.forEach((key, value) -> ContentField.byKey(key).ifPresent(f -> {
            if (value instanceof List<?> list) {
                m.put(f, String.join("\n", list.stream().map(String::valueOf).toList()));
            } else if (value != null) {
                m.put(f, value.toString());
            }
        }));
        return new LocalizedContent(m);
    }

    @JsonValue
    public Map<String, String> toJson() {
        Map<String, String> json = new LinkedHashMap<>();
        fields.forEach((f, text) -> json.put(f.key(), text));
        return json;
    }

    /** The field's text ("" when empty). */
    public String text(ContentField field) {
        return fields.getOrDefault(field, "");
    }

    public LocalizedContent with(ContentField field, String text) {
        EnumMap<ContentField, String> copy = new EnumMap<>(ContentField.class);
        copy.putAll(fields);
        copy.put(field, text == null ? "" : text);
        return new LocalizedContent(copy);
    }

    public boolean isEmpty(ContentField field) {
        return text(field).isBlank();
    }

    // ---- typed views ----

    public String headline() {
        return text(ContentField.HEADLINE);
    }

    public String summary() {
        return text(ContentField.SUMMARY);
    }

    public List<String> tldr() {
        return lines(ContentField.TLDR);
    }

    public String corePoint() {
        return text(ContentField.CORE_POINT);
    }

    public List<String> deepAnalysis() {
        return Arrays.stream(text(ContentField.DEEP_ANALYSIS).split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public List<String> insights() {
        return lines(ContentField.INSIGHTS).stream().map(l -> l.replaceFirst("^\\d+[.)、]\\s*", "")).toList();
    }

    public List<String> highlights() {
        return lines(ContentField.HIGHLIGHTS);
    }

    public List<String> categories() {
        return lines(ContentField.CATEGORIES);
    }

    public record KeyDataRow(String entity, String info, String value) {}

    public record KeyPlayer(String name, String role, String basedIn) {}

    public record RelatedCompany(String name, String stage, String sentiment) {}

    public record Impact(String sector, String level, String reason) {}

    public record Tracking(String recommendation, String reason) {}

    public record Faq(String question, String answer) {}

    public record Score(String name, int value, String rationale) {}

    public List<KeyDataRow> keyData() {
        return rows(ContentField.KEY_DATA, 3).stream().map(c -> new KeyDataRow(c[0], c[1], c[2])).toList();
    }

    public List<KeyPlayer> keyPlayers() {
        return rows(ContentField.KEY_PLAYERS, 3).stream().map(c -> new KeyPlayer(c[0], c[1], c[2])).toList();
    }

    public List<RelatedCompany> relatedCompanies() {
        return rows(ContentField.RELATED_COMPANIES, 3).stream().map(c -> new RelatedCompany(c[0], c[1], c[2])).toList();
    }

    public List<Impact> industryImpact() {
        return rows(ContentField.INDUSTRY_IMPACT, 3).stream().map(c -> new Impact(c[0], c[1], c[2])).toList();
    }

    public Tracking tracking() {
        List<String[]> rows = rows(ContentField.TRACKING, 2);
        return rows.isEmpty() ? null : new Tracking(rows.getFirst()[0], rows.getFirst()[1]);
    }

    public List<Score> scores() {
        List<Score> scores = new ArrayList<>();
        for (String[] c : rows(ContentField.SCORES, 3)) {
            try {
                scores.add(new Score(c[0], Integer.parseInt(c[1].strip()), c[2]));
            } catch (NumberFormatException e) {
                // a row an editor left half-typed is shown in the editor, not on the page
            }
        }
        return scores;
    }

    public List<Faq> faq() {
        List<Faq> faq = new ArrayList<>();
        for (String block : text(ContentField.FAQ).split("\\n\\s*\\n")) {
            String q = null;
            StringBuilder a = new StringBuilder();
            for (String line : block.strip().split("\\n")) {
                if (line.matches("(?i)^\\s*(Q|问)\\s*[:：].*")) {
                    q = line.replaceFirst("(?i)^\\s*(Q|问)\\s*[:：]\\s*", "");
                } else if (line.matches("(?i)^\\s*(A|答)\\s*[:：].*")) {
                    a.append(line.replaceFirst("(?i)^\\s*(A|答)\\s*[:：]\\s*", ""));
                } else if (!line.isBlank()) {
                    a.append(a.isEmpty() ? "" : " ").append(line.strip());
                }
            }
            if (q != null && !q.isBlank()) {
                faq.add(new Faq(q.strip(), a.toString().strip()));
            }
        }
        return faq;
    }

    private List<String> lines(ContentField f) {
        return text(f).lines().map(String::strip).map(l -> l.replaceFirst("^[-*•]\\s+", "")).filter(l -> !l.isEmpty()).toList();
    }

    private List<String[]> rows(ContentField f, int cells) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(f)) {
            String[] parts = line.split("\\s*\\|\\s*", cells);
            String[] c = new String[cells];
            for (int i = 0; i < cells; i++) {
                c[i] = i < parts.length ? parts[i].strip() : "";
            }
            rows.add(c);
        }
        return rows;
    }

    private static String normalise(ContentField f, String text) {
        if (text == null) {
            return "";
        }
        String t = org.newsdesk.platform.PlainText.strip(text).replace("\r\n", "\n").strip();
        if (f == ContentField.TLDR || f == ContentField.HIGHLIGHTS || f == ContentField.CATEGORIES) {
            t = String.join("\n", t.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedContent other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "LocalizedContent" + toJson();
    }
}
