package org.newsdesk.drafting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.drafting.PromptTemplate;
import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.story.ContentField.Section;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The prompt templates: one per section plus the shared style guide, shipped as files in
 * {@code src/main/resources/prompts} (first line "version: N"), each overridable by an admin in
 * the app with every earlier version kept. A prompt puts the static part first (style guide,
 * section instructions, JSON shape) and the sources last, so providers' prompt caching applies.
 */
@Component
public class PromptTemplates {

    public static final String STYLE = "style";
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "zh", "Simplified Chinese", "fr", "French");

    private final JdbcClient jdbc;

    PromptTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(STYLE);
        for (Section s : Section.values()) {
            names.add(s.name().toLowerCase());
        }
        return names;
    }

    /** The version in force: the newest admin override, or the shipped file (also after an admin reverted to it). */
    public PromptTemplate current(String name) {
        return latestOverride(name).filter(t -> !t.body().isEmpty()).orElseGet(() -> shipped(name));
    }

    /** Puts the shipped file back in force; the overrides stay in the history. */
    public void revert(String name, UserId by) {
        jdbc.sql("insert into prompt_template (name, body, note, created_by) values (?, '', 'reverted to the shipped template', ?)")
                .params(name, by.value()).update();
    }

    public List<PromptTemplate> history(String name) {
        List<PromptTemplate> all = new ArrayList<>(jdbc.sql("""
                select t.id, t.body, t.note, t.created_at, coalesce(u.display_name, 'unknown') as who
                from prompt_template t left join app_user u on u.id = t.created_by where t.name = ? order by t.id desc""")
                .param(name).query((rs, n) -> new PromptTemplate(name, name + "/admin-" + rs.getLong("id"), rs.getString("body"),
                        rs.getString("who"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("note")))
                .list());
        all.add(shipped(name));
        return all;
    }

    public void override(String name, String body, String note, UserId by) {
        jdbc.sql("insert into prompt_template (name, body, note, created_by) values (?, ?, ?, ?)")
                .params(name, body, note, by.value()).update();
    }

    /** The system message for a section and the version string that identifies it. */
    public record Prompt(String system, String version) {}

    public Prompt system(Section section) {
        PromptTemplate style = current(STYLE);
        PromptTemplate part = current(section.name().toLowerCase());
        return new Prompt(style.body().strip() + "\n\n" + part.body().strip() + "\n", part.version() + "+" + style.version());
    }

    /** The user message: the language, the editor's instruction, then the sources, fenced as data. */
    public static String user(String language, String instruction, List<SourceItem> sources) {
        StringBuilder b = new StringBuilder("Write in ").append(languageName(language)).append(".\n");
        if (instruction != null) {
            b.append("The editor asks: ").append(instruction.replaceAll("[<>]", "")).append('\n');
        }
        b.append('\n');
        int n = 1;
        for (SourceItem s : sources) {
            b.append("<source id=\"").append(n++).append("\">\n")
                    .append("Outlet: ").append(fence(s.displaySource())).append('\n')
                    .append("Title: ").append(fence(s.title())).append('\n');
            if (s.publishedAt() != null) {
                b.append("Published: ").append(s.publishedAt()).append('\n');
            }
            b.append('\n').append(fence(s.cleanText())).append("\n</source>\n\n");
        }
        return b.toString();
    }

    public static String languageName(String code) {
        return LANGUAGE_NAMES.getOrDefault(code, code);
    }

    /** A source cannot close its own fence and smuggle text outside it. */
    static String fence(String text) {
        return text.replaceAll("(?i)</?source[^>]*>", "[tag removed]");
    }

    private Optional<PromptTemplate> latestOverride(String name) {
        return history(name).stream().filter(t -> t.version().contains("/admin-")).findFirst();
    }

    private static PromptTemplate shipped(String name) {
        String file = "prompts/" + name + ".txt";
        try {
            String text = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
            String version = "1";
            if (text.startsWith("version:")) {
                version = text.lines().findFirst().orElseThrow().substring("version:".length()).strip();
                text = text.substring(text.indexOf('\n') + 1);
            }
            return new PromptTemplate(name, name + "/" + version, text, "shipped with Newsdesk", null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("missing prompt template " + file, e);
        }
    }
}
