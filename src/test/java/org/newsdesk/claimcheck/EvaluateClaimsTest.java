package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.claimcheck.internal.LabeledSet;

class EvaluateClaimsTest {

    static final String GOOD = """
            {"id": "a", "sources": [{"id": "s1", "language": "en", "publishedOn": "2024-02-12", "text": "Its Series C closed in September at €11.7 billion."}], "draft": [{"field": "keyData", "language": "en", "text": "Series C (Sep 2023): €11.7B"}], "mustFlag": ["Sep 2023"]}

            {"id": "b", "sources": [{"id": "s1", "language": "fr", "text": "Mistral AI lève 3 milliards d'euros."}], "draft": [{"field": "summary", "language": "en", "text": "Mistral AI raises €3M."}], "mustFlag": []}
            """;

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("set.jsonl"), content, StandardCharsets.UTF_8);
    }

    @Test
    void scoresFlaggedClaimsAgainstTheLabelsAndPrintsTheFigures() throws IOException {
        EvaluateClaims.Score score = EvaluateClaims.evaluate(file(GOOD));
        assertThat(score.cases()).isEqualTo(2);
        assertThat(score.flagged()).isEqualTo(2);
        assertThat(score.truePositives()).isEqualTo(1);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.misses()).singleElement().asString().startsWith("case b (line 3): false flag \"€3M\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluateClaims.print(score, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).endsWith("precision 0.50", "recall 1.00", "cases 2");
    }

    @Test
    void talliesEachCategoryAndLanguageOnItsOwn() throws IOException {
        String set = GOOD.replace("{\"id\": \"b\"", "{\"id\": \"b\", \"category\": \"amounts\"");
        EvaluateClaims.Score score = EvaluateClaims.evaluate(file(set));
        assertThat(score.byCategory().get("amounts")).isEqualTo(new EvaluateClaims.Tally(1, 0, 0, 0));
        assertThat(score.byCategory().get("dates")).isEqualTo(new EvaluateClaims.Tally(1, 1, 1, 1));
        assertThat(score.byLanguage().get("en")).isEqualTo(new EvaluateClaims.Tally(2, 1, 1, 1));
        assertThat(score.byLanguage().get("cross-language")).isEqualTo(new EvaluateClaims.Tally(1, 0, 0, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluateClaims.print(score, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("amounts                1      0        0      0       0.00    1.00");
        assertThatThrownBy(() -> EvaluateClaims.evaluate(file(set.replace("\"amounts\"", "\"money\""))))
                .isInstanceOf(LabeledSet.Invalid.class).hasMessageStartingWith("set.jsonl line 3: category must be one of dates, relative dates");
    }

    @Test
    void everyHeldOutPartInTheFolderIsScoredAndAddedUp() throws IOException {
        for (String name : new String[] {"test3.jsonl", "dev.jsonl", "test.jsonl", "dev-news.jsonl", "test2.jsonl", "notes.md"}) {
            Files.writeString(dir.resolve(name), GOOD, StandardCharsets.UTF_8);
        }
        EvaluateClaims.Parts parts = EvaluateClaims.Parts.in(dir);
        assertThat(parts.development()).extracting(p -> p.getFileName().toString()).containsExactly("dev-news.jsonl", "dev.jsonl");
        assertThat(parts.heldOut()).extracting(p -> p.getFileName().toString()).containsExactly("test.jsonl", "test2.jsonl", "test3.jsonl");

        EvaluateClaims.Score one = EvaluateClaims.evaluate(parts.heldOut().getFirst());
        EvaluateClaims.Score all = EvaluateClaims.combine(parts.heldOut().stream().map(EvaluateClaims::evaluate).toList());
        assertThat(all.cases()).isEqualTo(6);
        assertThat(all.flagged()).isEqualTo(6);
        assertThat(all.precision()).isEqualTo(one.precision());
        assertThat(all.byLanguage().get("en")).isEqualTo(new EvaluateClaims.Tally(6, 3, 3, 3));
        assertThat(all.byLanguage().keySet()).containsExactly("en", "cross-language");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluateClaims.print(EvaluateClaims.withoutCases(one), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("case b").contains("precision 0.50");
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() throws IOException {
        assertThatThrownBy(() -> EvaluateClaims.evaluate(file(GOOD + "{\"id\": \"c\", \"sources\": []}\n")))
                .isInstanceOf(LabeledSet.Invalid.class).hasMessage("set.jsonl line 4: \"sources\" must be a non-empty array");
        assertThatThrownBy(() -> EvaluateClaims.evaluate(file("{not json\n")))
                .isInstanceOf(LabeledSet.Invalid.class).hasMessageStartingWith("set.jsonl line 1: not a JSON object");
        assertThatThrownBy(() -> EvaluateClaims.evaluate(file(GOOD.replace("\"mustFlag\": [\"Sep 2023\"]", "\"mustFlag\": [\"Sep 2024\"]"))))
                .isInstanceOf(LabeledSet.Invalid.class).hasMessage("set.jsonl line 1: mustFlag \"Sep 2024\" does not occur in the draft");
        assertThatThrownBy(() -> EvaluateClaims.evaluate(file(GOOD.replace("2024-02-12", "12/02/2024"))))
                .isInstanceOf(LabeledSet.Invalid.class).hasMessageContaining("line 1: source \"s1\": publishedOn \"12/02/2024\" is not a date");
        assertThatThrownBy(() -> EvaluateClaims.evaluate(file(GOOD.replace("\"id\": \"b\"", "\"id\": \"a\""))))
                .isInstanceOf(LabeledSet.Invalid.class).hasMessage("set.jsonl line 3: the id \"a\" is used twice");
    }

    @Test
    void anEmptyOrMissingFileIsRefused() throws IOException {
        assertThatThrownBy(() -> EvaluateClaims.evaluate(file("\n\n"))).isInstanceOf(LabeledSet.Invalid.class).hasMessageContaining("no cases");
        assertThatThrownBy(() -> EvaluateClaims.evaluate(dir.resolve("absent.jsonl"))).isInstanceOf(LabeledSet.Invalid.class)
                .hasMessageContaining("cannot read the file");
    }
}
