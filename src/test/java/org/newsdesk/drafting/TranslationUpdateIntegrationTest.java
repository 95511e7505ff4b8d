package org.newsdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.TranslationStatus;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** "Update translations" redrafts the stale translated fields only, in one call per language, and proposes where a person wrote. */
@IntegrationTest
class TranslationUpdateIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired TranslationService translations;
    @Autowired DraftingService drafting;
    @Autowired UserDetailsService userDetails;

    @BeforeEach
    void setUp() {
        new SignIn(userDetails).as("editor");
        FakeLlm.shared().reset();
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    /** A story the model drafted in English and Chinese; then a person rewrote the Chinese summary. */
    StoryId drafted() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var item = ingest.paste(new PastedSource("Mistral debt " + run, "Mistral AI secured €705 million in debt financing. " + run, "AI News", null, "en"));
        StoryId id = stories.createFromSources(List.of(item.item().id()));
        stories.saveModelDraft(id, c -> c
                .with("en", new LocalizedContent("Mistral AI secures €705 million", "Mistral AI secured €705 million in debt.", List.of("€705 million.")))
                .with("zh", new LocalizedContent("Mistral AI获7.05亿欧元", "Mistral AI获得7.05亿欧元债务融资。", List.of("7.05亿欧元。"))), "fake-model", "draft");
        edit(id, "zh", ContentField.SUMMARY, "Mistral AI 完成7.05亿欧元债务融资(编辑改写)。");
        return id;
    }

    Story edit(StoryId id, String lang, ContentField field, String text) {
        Story s = stories.get(id);
        return stories.saveContent(id, s.version(), s.content().with(lang, s.content().in(lang).with(field, text)), null);
    }

    TranslationStatus status(StoryId id, ContentField field) {
        return stories.translations(id).stream().filter(t -> t.field() == field && t.language().equals("zh")).findFirst().orElseThrow();
    }

    @Test
    void onlyStaleFieldsAreRedraftedInOneStreamedCallAndAPersonsTranslationGetsAProposalInstead() {
        StoryId id = drafted();
        edit(id, "en", ContentField.HEADLINE, "Mistral AI secures €705 million for a data center");
        Story before = edit(id, "en", ContentField.SUMMARY, "Mistral AI secured €705 million in debt for a data center near Paris.");
        assertThat(stories.translations(id)).filteredOn(TranslationStatus::needsUpdate).extracting(TranslationStatus::field)
                .containsExactly(ContentField.HEADLINE, ContentField.SUMMARY);

        List<String> streamed = new CopyOnWriteArrayList<>();
        TranslationUpdate update = translations.update(id, null, (lang, chars) -> streamed.add(lang)).join();

        assertThat(FakeLlm.shared().requests()).as("one call for Chinese").singleElement().satisfies(request -> assertThat(request)
                .contains("\"stream\":true").contains("<field key=\\\"headline\\\"").contains("<field key=\\\"summary\\\"").doesNotContain("<field key=\\\"tldr\\\""));
        assertThat(streamed).isNotEmpty().containsOnly("zh");
        StoryContent after = stories.get(id).content();
        assertThat(after.in("zh").headline()).isEqualTo("【译】Mistral AI secures €705 million for a data center");
        assertThat(after.in("zh").summary()).as("the person's words stay").isEqualTo("Mistral AI 完成7.05亿欧元债务融资(编辑改写)。");
        assertThat(after.in("zh").tldr()).as("up to date already: untouched").containsExactly("7.05亿欧元。");
        assertThat(after.in("en")).isEqualTo(before.content().in("en"));
        assertThat(update.written()).containsExactly(new StoryContent.FieldRef(ContentField.HEADLINE, "zh"));
        assertThat(update.proposals()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(ContentField.SUMMARY);
            assertThat(p.personVersion()).isEqualTo("Mistral AI 完成7.05亿欧元债务融资(编辑改写)。");
            assertThat(p.proposed()).isEqualTo("【译】Mistral AI secured €705 million in debt for a data center near Paris.");
        });
        assertThat(update.message()).contains("Updated 1 translated field").contains("proposed beside their version");
        assertThat(status(id, ContentField.HEADLINE).state()).isEqualTo(TranslationStatus.State.CURRENT);
        assertThat(status(id, ContentField.SUMMARY).state()).isEqualTo(TranslationStatus.State.STALE);
        assertThat(drafting.provenance(id)).filteredOn(p -> p.field() == ContentField.HEADLINE && p.language().equals("zh")).singleElement()
                .satisfies(p -> assertThat(p.promptVersion()).isEqualTo("translate/1"));

        // the person keeps their version: nothing is left to update
        stories.keepTranslation(id, ContentField.SUMMARY, "zh", stories.get(id).version());
        assertThat(stories.translations(id)).noneMatch(TranslationStatus::needsUpdate);
        assertThatThrownBy(() -> translations.update(id, null, null)).hasMessageContaining("nothing to update");
    }

    @Test
    void aSingleFieldIsUpdatedAloneAndAnUnusableAnswerChangesNothing() {
        StoryId id = drafted();
        edit(id, "en", ContentField.HEADLINE, "Mistral AI secures €705 million for a data center");
        edit(id, "en", ContentField.TLDR, "€705 million in debt.");

        FakeLlm.shared().thenRespond(FakeLlm.stream("Sorry, I cannot help."));
        Story unchanged = stories.get(id);
        assertThatThrownBy(() -> translations.update(id, ContentField.TLDR, null).join()).hasMessageContaining("not the JSON object asked for");
        assertThat(stories.get(id).version()).isEqualTo(unchanged.version());

        FakeLlm.shared().thenRespond(FakeLlm.cutOffAtLength("{\"tldr\": [\"【译】€705"));
        assertThatThrownBy(() -> translations.update(id, ContentField.TLDR, null).join())
                .hasMessageContaining("cut the Simplified Chinese translation off at the model's length limit").hasMessageContaining("Nothing was changed");
        assertThat(stories.get(id).version()).isEqualTo(unchanged.version());

        TranslationUpdate update = translations.update(id, ContentField.TLDR, null).join();
        assertThat(update.written()).containsExactly(new StoryContent.FieldRef(ContentField.TLDR, "zh"));
        assertThat(stories.get(id).content().in("zh").tldr()).containsExactly("【译】€705 million in debt.");
        assertThat(status(id, ContentField.HEADLINE).state()).as("not asked for").isEqualTo(TranslationStatus.State.STALE);
        assertThat(FakeLlm.shared().requests().getLast()).doesNotContain("<field key=\\\"headline\\\"");
    }
}
