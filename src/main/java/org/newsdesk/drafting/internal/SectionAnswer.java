package org.newsdesk.drafting.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.story.ContentField;
import org.newsdesk.story.ContentField.Section;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a model's answer for one section: repairs the usual slips (markdown fences, text around
 * the object, trailing commas), checks it against the section's schema, and turns it into the
 * text of each field. Also reads the string fields of an answer still streaming in.
 */
public final class SectionAnswer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private SectionAnswer() {}

    /** The fields, or the reasons the answer is unusable. */
    public record Result(Map<ContentField, String> fields, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What the answer was instead of JSON, in a few plain words. */
    static String notJson(String answer) {
        String start = answer.strip();
        if (start.startsWith("<")) {
            return "the answer was a web page (HTML), not JSON";
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return "the answer's JSON was broken off or malformed";
        }
        return "the answer was plain text, not JSON";
    }

    public static Result read(Section section, String answer) {
        List<String> problems = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            return new Result(Map.of(), List.of("the answer was empty"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(repair(answer));
        } catch (JacksonException e) {
            // the parser's own text ("Unexpected character ('<' (code 60))…") is for no editor's eyes
            return new Result(Map.of(), List.of(notJson(answer)));
        }
        if (root == null || !root.isObject()) {
            return new Result(Map.of(), List.of("the answer was not a JSON object"));
        }
        Map<ContentField, String> f = new EnumMap<>(ContentField.class);
        switch (section) {
            case BRIEF -> {
                f.put(ContentField.HEADLINE, text(root, "headline", problems, 200));
                f.put(ContentField.SUMMARY, text(root, "summary", problems, 2000));
                f.put(ContentField.TLDR, lines(strings(root, "tldr", 2, 8, problems)));
                f.put(ContentField.CORE_POINT, text(root, "corePoint", problems, 600));
            }
            case DATA -> {
                f.put(ContentField.KEY_DATA, rows(root, "keyData", new String[] {"entity", "info", "value"}, 1, 12, problems));
                f.put(ContentField.KEY_PLAYERS, rows(root, "keyPlayers", new String[] {"name", "role", "basedIn"}, 1, 10, problems));
                f.put(ContentField.RELATED_COMPANIES, rows(root, "relatedCompanies", new String[] {"name", "stage", "sentiment"}, 1, 10, problems));
                checkWords(root, "relatedCompanies", "sentiment", List.of("positive", "neutral", "negative"), problems);
            }
            case ANALYSIS -> {
                f.put(ContentField.DEEP_ANALYSIS, String.join("\n\n", strings(root, "deepAnalysis", 1, 8, problems)));
                List<String> insights = strings(root, "insights", 1, 8, problems);
                List<String> numbered = new ArrayList<>();
                for (int i = 0; i < insights.size(); i++) {
                    numbered.add((i + 1) + ". " + insights.get(i).replaceFirst("^\\d+[.)、]\\s*", ""));
                }
                f.put(ContentField.INSIGHTS, String.join("\n", numbered));
            }
            case FAQ -> {
                JsonNode faq = array(root, "faq", 1, 8, problems);
                List<String> blocks = new ArrayList<>();
                if (faq != null) {
                    for (JsonNode qa : faq) {
                        String q = clean(qa.path("question").asString(""));
                        String a = clean(qa.path("answer").asString(""));
                        if (q.isEmpty() || a.isEmpty()) {
                            problems.add("an FAQ entry lacks its question or answer");
                        } else {
                            blocks.add("Q: " + q + "\nA: " + a);
                        }
                    }
                }
                f.put(ContentField.FAQ, String.join("\n\n", blocks));
            }
            case ASSESSMENT -> {
                f.put(ContentField.INDUSTRY_IMPACT, rows(root, "industryImpact", new String[] {"sector", "level", "reason"}, 1, 8, problems));
                checkWords(root, "industryImpact", "level", List.of("high", "medium", "low"), problems);
                JsonNode tracking = root.path("tracking");
                String rec = clean(tracking.path("recommendation").asString(""));
                if (rec.isEmpty()) {
                    problems.add("\"tracking.recommendation\" is missing");
                }
                f.put(ContentField.TRACKING, cell(rec) + " | " + cell(clean(tracking.path("reason").asString(""))));
                f.put(ContentField.HIGHLIGHTS, lines(strings(root, "highlights", 1, 8, problems)));
                f.put(ContentField.CATEGORIES, lines(strings(root, "categories", 1, 5, problems)));
                f.put(ContentField.SCORES, scores(root.path("scores"), problems));
            }
        }
        return new Result(problems.isEmpty() ? f : Map.of(), problems);
    }

    /** The string values (and string-array items) readable so far in a streaming answer, by field. */
    public static Map<ContentField, String> partial(Section section, String buffer) {
        Map<ContentField, String> out = new EnumMap<>(ContentField.class);
        if (section != Section.BRIEF) {
            return out;
        }
        stringSoFar(buffer, "headline").ifPresent(v -> out.put(ContentField.HEADLINE, v));
        stringSoFar(buffer, "summary").ifPresent(v -> out.put(ContentField.SUMMARY, v));
        stringSoFar(buffer, "corePoint").ifPresent(v -> out.put(ContentField.CORE_POINT, v));
        Matcher m = Pattern.compile("\"tldr\"\\s*:\\s*\\[").matcher(buffer);
        if (m.find()) {
            List<String> items = new ArrayList<>();
            Matcher item = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)(\"|$)").matcher(buffer.substring(m.end()));
            String rest = buffer.substring(m.end());
            int close = rest.indexOf(']');
            while (item.find()) {
                if (close >= 0 && item.start() > close) {
                    break;
                }
                items.add(unescape(item.group(1)));
            }
            out.put(ContentField.TLDR, String.join("\n", items));
        }
        return out;
    }

    private static java.util.Optional<String> stringSoFar(String buffer, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)").matcher(buffer);
        return m.find() ? java.util.Optional.of(unescape(m.group(1))) : java.util.Optional.empty();
    }

    private static String unescape(String s) {
        String trimmed = s.endsWith("\\") ? s.substring(0, s.length() - 1) : s;
        try {
            return JSON.readValue("\"" + trimmed + "\"", String.class);
        } catch (JacksonException e) {
            return trimmed.replace("\\n", "\n").replace("\\\"", "\"");
        }
    }

    /** Fixes the usual slips: markdown fences, words around the object, trailing commas. */
    static String repair(String answer) {
        String s = answer.strip().replaceAll("(?s)^```(?:json)?\\s*", "").replaceAll("(?s)\\s*```$", "");
        int start = s.indexOf('{');
        int end = s.lastIndexOf('}');
        if (start >= 0 && end > start) {
            s = s.substring(start, end + 1);
        }
        return s.replaceAll(",\\s*([}\\]])", "$1");
    }

    private static String text(JsonNode root, String key, List<String> problems, int max) {
        String v = clean(root.path(key).asString(""));
        if (v.isEmpty()) {
            problems.add("\"" + key + "\" is missing or empty");
        } else if (v.length() > max) {
            problems.add("\"" + key + "\" is " + v.length() + " characters long (at most " + max + ")");
        }
        return v;
    }

    private static JsonNode array(JsonNode root, String key, int min, int max, List<String> problems) {
        JsonNode a = root.path(key);
        if (!a.isArray()) {
            problems.add("\"" + key + "\" is missing or not a list");
            return null;
        }
        if (a.size() < min || a.size() > max) {
            problems.add("\"" + key + "\" has " + a.size() + " items (expected " + min + " to " + max + ")");
        }
        return a;
    }

    private static List<String> strings(JsonNode root, String key, int min, int max, List<String> problems) {
        JsonNode a = array(root, key, min, max, problems);
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (JsonNode n : a) {
                String v = clean(n.asString(""));
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static String rows(JsonNode root, String key, String[] cells, int min, int max, List<String> problems) {
        JsonNode a = array(root, key, min, max, problems);
        List<String> lines = new ArrayList<>();
        if (a != null) {
            for (JsonNode row : a) {
                List<String> values = new ArrayList<>();
                for (String cell : cells) {
                    values.add(cell(clean(row.path(cell).asString(""))));
                }
                if (values.getFirst().isEmpty()) {
                    problems.add("a \"" + key + "\" row has no " + cells[0]);
                }
                lines.add(String.join(" | ", values));
            }
        }
        return String.join("\n", lines);
    }

    private static void checkWords(JsonNode root, String key, String cell, List<String> allowed, List<String> problems) {
        for (JsonNode row : root.path(key)) {
            String v = row.path(cell).asString("").strip().toLowerCase();
            if (!allowed.contains(v)) {
                problems.add("\"" + key + "." + cell + "\" is \"" + v + "\" (expected one of " + allowed + ")");
            }
        }
    }

    private static String scores(JsonNode s, List<String> problems) {
        List<String> lines = new ArrayList<>();
        for (String[] score : new String[][] {{"hot", "Hot"}, {"quality", "Quality"}, {"impact", "Impact"}}) {
            JsonNode v = s.path(score[0]);
            if (!v.isNumber() || v.asInt() < 0 || v.asInt() > 100) {
                problems.add("\"scores." + score[0] + "\" must be a whole number from 0 to 100");
                continue;
            }
            lines.add(score[1] + " | " + v.asInt() + " | " + cell(clean(s.path(score[0] + "Rationale").asString(""))));
        }
        return String.join("\n", lines);
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    /** No links the model was told not to write; no line breaks or separators inside a cell. */
    static String clean(String s) {
        return LINK.matcher(s).replaceAll("").replaceAll("[ \\t]{2,}", " ").strip();
    }

    private static String cell(String s) {
        return s.replace('|', '/').replaceAll("\\s*\\n\\s*", " ");
    }

}
