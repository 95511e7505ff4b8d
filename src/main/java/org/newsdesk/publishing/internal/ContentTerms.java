package org.newsdesk.publishing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.publishing.ArticleTerms;
import org.newsdesk.publishing.Term;
import org.newsdesk.story.StoryContent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default {@link ArticleTerms}: looks through the content as JSON for lists named
 * {@code categories} (categories) and {@code tags} or {@code highlightTags} (tags), at the top or in
 * any language, whose items are strings or objects with a {@code name} or {@code label}. Today's
 * content has none, so only the desk's own list files articles; fields added to the content model
 * under these names are picked up without a change here.
 */
@Component
class ContentTerms implements ArticleTerms {

    /** The fields read, in the order their terms are listed. */
    private static final Map<String, Term.Kind> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("categories", Term.Kind.CATEGORY);
        FIELDS.put("tags", Term.Kind.TAG);
        FIELDS.put("highlightTags", Term.Kind.TAG);
    }

    private final JsonMapper json;

    ContentTerms(JsonMapper json) {
        this.json = json;
    }

    @Override
    public List<Term> of(StoryContent content) {
        return fromJson(json.valueToTree(content));
    }

    static List<Term> fromJson(JsonNode root) {
        Map<String, Term> found = new LinkedHashMap<>();
        collect(root, found);
        JsonNode languages = root.path("languages");
        if (languages.isObject()) {
            for (JsonNode lang : languages.values()) {
                collect(lang, found);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void collect(JsonNode node, Map<String, Term> found) {
        if (node == null || !node.isObject()) {
            return;
        }
        FIELDS.forEach((field, kind) -> {
            JsonNode list = node.path(field);
            if (!list.isArray()) {
                return;
            }
            for (JsonNode item : list.values()) {
                String label = item.isString() ? item.asString() : item.path("name").isString() ? item.path("name").asString()
                        : item.path("label").asString("");
                Term term = Term.of(kind, label);
                if (!term.slug().isEmpty()) {
                    found.putIfAbsent(kind + "/" + term.slug(), term);
                }
            }
        });
    }
}
