package org.newsdesk.claimcheck.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsdesk.claimcheck.DraftText;
import org.newsdesk.claimcheck.SourceId;
import org.newsdesk.claimcheck.SourceText;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a labeled set of draft/source pairs in JSON lines (format: {@code docs/claimcheck-eval-format.md}). */
public final class LabeledSet {

    /** One draft with its sources and the claim texts a correct check must flag. */
    public record Case(String id, int line, List<SourceText> sources, List<DraftText> draft, List<String> mustFlag, String category) {}

    /** The categories a case may name, as {@code ./newsdesk claims-eval} reports them. */
    public static final List<String> CATEGORIES = List.of("dates", "relative dates", "amounts", "counts", "percentages", "ratios", "ranges",
            "names", "attribution");

    /** The file cannot be read as a labeled set; the message names the file and line. */
    public static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private LabeledSet() {}

    public static List<Case> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        JsonMapper json = JsonMapper.shared();
        List<Case> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            String where = file.getFileName() + " line " + (i + 1);
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JacksonException e) {
                throw new Invalid(where + ": not a JSON object: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new Invalid(where + ": not a JSON object");
            }
            String id = string(node, "id", where);
            if (!ids.add(id)) {
                throw new Invalid(where + ": the id \"" + id + "\" is used twice");
            }
            List<SourceText> sources = new ArrayList<>();
            Set<String> sourceIds = new HashSet<>();
            for (JsonNode s : array(node, "sources", where, false)) {
                String sid = string(s, "id", where + ", sources");
                if (!sourceIds.add(sid)) {
                    throw new Invalid(where + ": two sources have the id \"" + sid + "\"");
                }
                JsonNode published = s.get("publishedOn");
                LocalDate date = null;
                if (published != null && !published.isNull()) {
                    if (!published.isString()) {
                        throw new Invalid(where + ": source \"" + sid + "\": publishedOn must be a date like \"2026-03-30\" or null");
                    }
                    try {
                        date = LocalDate.parse(published.stringValue());
                    } catch (DateTimeParseException e) {
                        throw new Invalid(where + ": source \"" + sid + "\": publishedOn \"" + published.stringValue() + "\" is not a date like \"2026-03-30\"");
                    }
                }
                JsonNode title = s.get("title");
                if (title != null && !title.isNull() && !title.isString()) {
                    throw new Invalid(where + ": source \"" + sid + "\": title must be a string");
                }
                sources.add(new SourceText(new SourceId(sid), string(s, "language", where + ", source \"" + sid + "\""),
                        string(s, "text", where + ", source \"" + sid + "\""), date,
                        title == null || title.isNull() ? null : title.stringValue()));
            }
            List<DraftText> draft = new ArrayList<>();
            Set<String> fields = new HashSet<>();
            for (JsonNode d : array(node, "draft", where, false)) {
                String field = string(d, "field", where + ", draft");
                String language = string(d, "language", where + ", draft field \"" + field + "\"");
                if (!fields.add(field + "/" + language)) {
                    throw new Invalid(where + ": the draft has the field \"" + field + "\" in \"" + language + "\" twice");
                }
                draft.add(new DraftText(field, language, string(d, "text", where + ", draft field \"" + field + "\"")));
            }
            List<String> mustFlag = new ArrayList<>();
            for (JsonNode f : array(node, "mustFlag", where, true)) {
                if (!f.isString() || f.stringValue().isBlank()) {
                    throw new Invalid(where + ": mustFlag must list non-empty strings");
                }
                String claim = f.stringValue();
                if (draft.stream().noneMatch(d -> d.text().contains(claim))) {
                    throw new Invalid(where + ": mustFlag \"" + claim + "\" does not occur in the draft");
                }
                mustFlag.add(claim);
            }
            String category = null;
            JsonNode cat = node.get("category");
            if (cat != null && !cat.isNull()) {
                if (!cat.isString() || !CATEGORIES.contains(cat.stringValue())) {
                    throw new Invalid(where + ": category must be one of " + String.join(", ", CATEGORIES));
                }
                category = cat.stringValue();
            }
            cases.add(new Case(id, i + 1, List.copyOf(sources), List.copyOf(draft), List.copyOf(mustFlag), category));
        }
        if (cases.isEmpty()) {
            throw new Invalid(file + ": no cases (one JSON object per line expected)");
        }
        return cases;
    }

    private static String string(JsonNode node, String name, String where) {
        JsonNode v = node.get(name);
        if (v == null || !v.isString()) {
            throw new Invalid(where + ": \"" + name + "\" must be a string");
        }
        return v.stringValue();
    }

    private static List<JsonNode> array(JsonNode node, String name, String where, boolean mayBeEmpty) {
        JsonNode v = node.get(name);
        if (v == null || !v.isArray() || !mayBeEmpty && v.isEmpty()) {
            throw new Invalid(where + ": \"" + name + "\" must be " + (mayBeEmpty ? "an array" : "a non-empty array"));
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!name.equals("mustFlag") && !e.isObject()) {
                throw new Invalid(where + ": each entry of \"" + name + "\" must be an object");
            }
            out.add(e);
        }
        return out;
    }
}
