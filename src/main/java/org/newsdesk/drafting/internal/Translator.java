package org.newsdesk.drafting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.ContentDiff;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.TranslationStatus;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One streamed model call that brings a language's stale fields up to date with the primary
 * language: the prompt (the original text of each field, the current translation and what changed
 * in the original since), and the answer read as one JSON object of field key to text.
 */
@Component
public class Translator {

    /** What one call produced: the text of each field asked for, and its tokens. */
    public record Answer(Map<ContentField, String> fields, int promptTokens, int completionTokens) {}

    /** The call failed or its answer could not be used; the message is for an editor. */
    public static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private final LlmClient llm;
    private final NewsdeskProperties props;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String system;
    private final String version;

    Translator(LlmClient llm, NewsdeskProperties props) {
        this.llm = llm;
        this.props = props;
        try {
            String file = new ClassPathResource("prompts/translate.txt").getContentAsString(StandardCharsets.UTF_8);
            this.version = "translate/" + file.lines().findFirst().orElse("version: 1").replace("version:", "").strip();
            this.system = file.substring(file.indexOf('\n') + 1).strip() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prompt version stored in the provenance of what this writes. */
    public String version() {
        return version;
    }

    /** The user message: the languages, then each field fenced as data: its original text, the current translation, what changed since. */
    public static String user(String primary, String target, List<TranslationStatus> fields, Map<ContentField, String> current) {
        StringBuilder b = new StringBuilder("Bring these fields from ").append(PromptTemplates.languageName(primary)).append(" up to date in ")
                .append(PromptTemplates.languageName(target)).append(".\n\n");
        for (TranslationStatus t : fields) {
            b.append("<field key=\"").append(t.field().key()).append("\" format=\"").append(t.field().format()).append("\">\n")
                    .append("<original>\n").append(fence(t.primaryNow())).append("\n</original>\n");
            String now = current.getOrDefault(t.field(), "");
            if (!now.isBlank()) {
                b.append("<current>\n").append(fence(now)).append("\n</current>\n");
            }
            if (!t.primaryChange().isEmpty()) {
                b.append("<changed-since>\n").append(fence(describe(t.primaryChange()))).append("\n</changed-since>\n");
            }
            b.append("</field>\n\n");
        }
        return b.toString();
    }

    /**
     * Streams one call; {@code progress} hears the length of the answer so far. A failure that may
     * pass (timeout, 5xx, 429, broken stream) is tried again up to the configured attempts.
     */
    public Answer translate(String primary, String target, List<TranslationStatus> fields, Map<ContentField, String> current, IntConsumer progress) {
        var settings = props.llm();
        String user = user(primary, target, fields, current);
        RetryPolicy policy = llm.retries();
        ProviderProblem failure = null;
        for (int attempt = 1; ; attempt++) {
            StringBuilder text = new StringBuilder();
            int[] tokens = new int[2];
            String[] finishReason = new String[1];
            try {
                llm.stream(system, user)
                        .timeout(settings.timeout())
                        .doOnNext(response -> {
                            if (response.getResult() != null && response.getResult().getOutput().getText() != null) {
                                text.append(response.getResult().getOutput().getText());
                                progress.accept(text.length());
                            }
                            if (response.getResult() != null && response.getResult().getMetadata() != null
                                    && org.springframework.util.StringUtils.hasText(response.getResult().getMetadata().getFinishReason())) {
                                finishReason[0] = response.getResult().getMetadata().getFinishReason();
                            }
                            Usage usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
                            if (usage != null && usage.getTotalTokens() != null && usage.getTotalTokens() > 0) {
                                tokens[0] = usage.getPromptTokens() == null ? 0 : usage.getPromptTokens();
                                tokens[1] = usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens();
                            }
                        })
                        .blockLast(Duration.ofMinutes(5));
            } catch (RuntimeException e) {
                failure = llm.explain(e);
                if (!failure.retryable() || !policy.another(attempt) || policy.tooLong(failure.retryAfter())) {
                    break;
                }
                pause(policy.pause(attempt, failure.retryAfter(), java.util.concurrent.ThreadLocalRandom.current()::nextDouble));
                continue;
            }
            String languageName = PromptTemplates.languageName(target);
            if ("length".equalsIgnoreCase(finishReason[0])) {
                throw new Failed("The provider cut the " + languageName + " translation off at the model's length limit before it was complete"
                        + " (finish reason \"length\"): update fewer fields at once, or use a model with a larger output limit. Nothing was changed.");
            }
            if ("content_filter".equalsIgnoreCase(finishReason[0])) {
                throw new Failed("The provider's content filter stopped the " + languageName + " translation (finish reason \"content_filter\")."
                        + " Nothing was changed; translate these fields by hand.");
            }
            return new Answer(read(text.toString(), fields, languageName), tokens[0], tokens[1]);
        }
        throw new Failed(failure.message() + " Nothing was changed; you can update the translations again.");
    }

    /** The answer's text for each field asked for; refuses an answer that is not a JSON object or leaves a field out. */
    Map<ContentField, String> read(String answer, List<TranslationStatus> fields, String languageName) {
        String s = answer.strip();
        int open = s.indexOf('{');
        int close = s.lastIndexOf('}');
        JsonNode node;
        try {
            node = open < 0 || close < open ? null : json.readTree(s.substring(open, close + 1));
        } catch (RuntimeException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new Failed("The model's " + languageName + " translation was not the JSON object asked for. Nothing was changed; try again.");
        }
        Map<ContentField, String> out = new EnumMap<>(ContentField.class);
        List<String> left = new ArrayList<>();
        for (TranslationStatus t : fields) {
            JsonNode v = node.get(t.field().key());
            String value;
            if (v != null && v.isArray()) {
                List<String> lines = new ArrayList<>();
                v.forEach(line -> lines.add(SectionAnswer.clean(line.asString(""))));
                value = String.join("\n", lines);
            } else {
                value = v == null ? "" : SectionAnswer.clean(v.asString(""));
            }
            if (value.isBlank()) {
                left.add(t.field().label());
            } else {
                out.put(t.field(), value.strip());
            }
        }
        if (!left.isEmpty()) {
            throw new Failed("The model's " + languageName + " translation left out " + String.join(", ", left) + ". Nothing was changed; try again.");
        }
        return out;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(Math.min(d.toMillis(), 10_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(List<ContentDiff.Segment> change) {
        StringBuilder b = new StringBuilder();
        for (ContentDiff.Segment s : change) {
            switch (s.kind()) {
                case SAME -> b.append(s.text());
                case REMOVED -> b.append("[-").append(s.text()).append("-]");
                case ADDED -> b.append("{+").append(s.text()).append("+}");
            }
        }
        return b.toString();
    }

    private static String fence(String text) {
        return text == null ? "" : text.replaceAll("(?i)</?(field|original|current|changed-since)[^>]*>", "[tag removed]");
    }
}
