package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.InboxQuery;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The search box: ranked, highlighted matches in English, French and Chinese (Chinese by runs of
 * characters, inside longer words), and the story list's and inbox's filters narrowing them. Each
 * test's texts carry a made-up word of their own, so other tests' stories on the shared database
 * do not get in the way.
 */
@IntegrationTest
class SearchIntegrationTest {

    @Autowired UserDetailsService userDetails;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired SearchService search;
    @Autowired WorkflowService workflow;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.newsdesk.story.internal.SearchIndexer indexer;

    static final Random RANDOM = new Random();

    /** A word no other test writes: latin letters only. */
    static String word() {
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    /** Four Chinese characters no other test writes. */
    static String chineseWord() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append((char) (0x4E00 + RANDOM.nextInt(0x9FA5 - 0x4E00)));
        }
        return b.toString();
    }

    <T> T asEditor(java.util.function.Supplier<T> action) {
        return new SignIn(userDetails).as("editor", action);
    }

    SourceItemId item(String title, String text, String language) {
        return asEditor(() -> ingest.paste(new PastedSource(title, text + "\n" + UUID.randomUUID(), null, null, language)).item().id());
    }

    StoryId story(Map<String, Map<ContentField, String>> fields) {
        return asEditor(() -> {
            StoryId id = stories.createFromSources(List.of(item("Source " + UUID.randomUUID(), "Source text", "en")));
            StoryContent content = StoryContent.EMPTY;
            for (var lang : fields.entrySet()) {
                content = content.with(lang.getKey(), new LocalizedContent(lang.getValue()));
            }
            stories.saveContent(id, stories.get(id).version(), content, null);
            return id;
        });
    }

    SearchResults find(SearchQuery query) {
        return asEditor(() -> search.search(query));
    }

    static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    @Test
    void englishWordsFindStoriesRankedByWhereTheyStandWithTheMatchedWordsMarked() {
        String w = word();
        StoryId inBody = story(Map.of("en", Map.of(ContentField.HEADLINE, w + " quarterly results", ContentField.SUMMARY, "Revenue grew.",
                ContentField.DEEP_ANALYSIS, "The company also opened a data centre in Texas.")));
        StoryId inHeadline = story(Map.of("en", Map.of(ContentField.HEADLINE, w + " Nvidia expands its data centres", ContentField.SUMMARY,
                "New chips for training.")));
        StoryId unrelated = story(Map.of("en", Map.of(ContentField.HEADLINE, w + " chip export rules", ContentField.SUMMARY, "Nothing else.")));

        SearchResults r = find(SearchQuery.of(w + " data centres"));

        // stems: "centres" finds "centre"; the headline match ranks first; a story without the words is not found
        assertThat(ids(r.stories())).containsExactly(inHeadline.value(), inBody.value());
        assertThat(ids(r.stories())).doesNotContain(unrelated.value());
        SearchHit top = r.stories().getFirst();
        assertThat(top.title().matches()).contains("data", "centres");
        assertThat(top.title().plainText()).isEqualTo(w + " Nvidia expands its data centres");
        assertThat(top.language()).isEqualTo("en");
        assertThat(r.stories().get(1).snippet().matches()).contains("data", "centre");
        assertThat(r.stories().get(1).snippet().plainText()).contains("opened a data centre");
    }

    @Test
    void aWordOnlyDeepInTheTextIsFoundAndMarkedAndRanksAfterHitsInHeadlinesSummariesAndTitles() {
        String w = word();
        // about 600 words before the word: far past what ranking reads (headlines and summaries; an item's first 400 characters)
        String filler = "The quarterly report covers revenue, costs and hiring across the whole group. ".repeat(55);
        // the older story holds the word in its summary, the newer one only deep in its analysis: relevance, not recency, orders them
        StoryId inSummary = story(Map.of("en", Map.of(ContentField.HEADLINE, w + "-free chip news", ContentField.SUMMARY,
                "The " + w + " accelerator ships next year.")));
        StoryId deep = story(Map.of("en", Map.of(ContentField.HEADLINE, "Quarterly results", ContentField.SUMMARY, "Revenue grew.",
                ContentField.DEEP_ANALYSIS, filler + "Its " + w + " accelerator ships next year.")));

        SearchResults r = find(SearchQuery.of(w).in(SearchQuery.Scope.STORIES));

        assertThat(ids(r.stories())).containsExactly(inSummary.value(), deep.value());
        assertThat(r.stories().get(1).snippet().matches()).contains(w);
        assertThat(r.stories().get(1).snippet().plainText()).contains("Its " + w + " accelerator");

        SourceItemId inTitle = item(w + " accelerator ships next year", "A short note.", "en");
        SourceItemId deepItem = item("Quarterly results", filler + "Its " + w + " accelerator ships next year.", "en");

        SearchResults items = find(SearchQuery.of(w).in(SearchQuery.Scope.SOURCE_ITEMS));

        assertThat(ids(items.sourceItems())).containsExactly(inTitle.value(), deepItem.value());
        assertThat(items.sourceItems().get(1).snippet().matches()).contains(w);
    }

    @Test
    void frenchWordsFindSourceItemsByTitleAndTextWithAccentsAndStems() {
        String w = word();
        SourceItemId inText = item(w + " Financement annoncé", "Mistral AI lève des fonds pour ses centres de données près de Paris.", "fr");
        SourceItemId inTitle = item(w + " Mistral construit des centres de données", "Le chantier commence en mars.", "fr");

        SearchResults r = find(SearchQuery.of(w + " donnée").in(SearchQuery.Scope.SOURCE_ITEMS));

        assertThat(r.stories()).isEmpty();
        assertThat(ids(r.sourceItems())).containsExactly(inTitle.value(), inText.value());
        assertThat(r.sourceItems().getFirst().title().matches()).contains("données");
        assertThat(r.sourceItems().get(1).snippet().matches()).contains("données");
        assertThat(r.sourceItems().get(1).language()).isEqualTo("fr");
    }

    @Test
    void chineseIsFoundByItsCharactersInsideLongerWordsAndPhrasesStayWhole() {
        String w = chineseWord();
        StoryId story = story(Map.of("en", Map.of(ContentField.HEADLINE, "Nvidia builds more", ContentField.SUMMARY, "Data centres."),
                "zh", Map.of(ContentField.HEADLINE, w + "：英伟达扩建", ContentField.SUMMARY, "公司宣布加快数据中心建设，预计明年完工。")));
        StoryId apart = story(Map.of("zh", Map.of(ContentField.HEADLINE, w + "：行业观察", ContentField.SUMMARY, "数据很多，中心很远。")));
        SourceItemId item = item(w + " 数据中心建设提速", "多家公司在上海投资。", "zh");

        SearchResults r = find(SearchQuery.of(w + " 数据中心"));

        // "数据中心" inside "数据中心建设"; not where 数据 and 中心 merely both occur
        assertThat(ids(r.stories())).containsExactly(story.value());
        assertThat(r.stories().getFirst().language()).isEqualTo("zh");
        assertThat(r.stories().getFirst().snippet().matches()).contains("数据中心");
        assertThat(r.stories().getFirst().title().matches()).contains(w);
        assertThat(ids(r.sourceItems())).containsExactly(item.value());
        assertThat(r.sourceItems().getFirst().title().matches()).contains("数据中心");

        // any substring, down to one character
        assertThat(ids(find(SearchQuery.of(w + " 据中心建")).stories())).containsExactly(story.value());
        assertThat(ids(find(SearchQuery.of(w + " 远")).stories())).containsExactly(apart.value());
        assertThat(ids(find(SearchQuery.of(w.substring(1, 3))).stories())).contains(story.value(), apart.value());
        // the Chinese and English words of one search must all be there
        assertThat(ids(find(SearchQuery.of(w + " nvidia")).stories())).containsExactly(story.value());
    }

    @Test
    void theStoryListAndInboxFiltersNarrowTheMatches() {
        String w = word();
        Map<ContentField, String> en = Map.of(ContentField.HEADLINE, w + " chip supply", ContentField.SUMMARY, "A summary.", ContentField.TLDR,
                "One point", ContentField.CATEGORIES, "Chips");
        Map<ContentField, String> zh = Map.of(ContentField.HEADLINE, "芯片供应", ContentField.SUMMARY, "摘要。", ContentField.TLDR, "要点",
                ContentField.CATEGORIES, "Chips");
        StoryId inReview = story(Map.of("en", en, "zh", zh));
        asEditor(() -> workflow.submit(inReview));
        StoryId draftChipsBilingual = story(Map.of("en", en, "zh", zh));
        StoryId draftChipsEnglish = story(Map.of("en", en));
        Map<ContentField, String> cloud = new java.util.EnumMap<>(en);
        cloud.put(ContentField.CATEGORIES, "Cloud");
        story(Map.of("en", cloud));

        SearchQuery q = SearchQuery.of(w + " chip").in(SearchQuery.Scope.STORIES);
        assertThat(find(q).stories()).hasSize(4);
        StoryFilter drafts = StoryFilter.ALL.withState(StoryState.DRAFT).withCategory("Chips");
        assertThat(ids(find(q.withStories(drafts)).stories())).containsExactlyInAnyOrder(draftChipsBilingual.value(), draftChipsEnglish.value());
        assertThat(ids(find(q.withStories(drafts.withLanguage("zh"))).stories())).containsExactly(draftChipsBilingual.value());

        SourceItemId frenchIgnored = item(w + " puces", "Texte.", "fr");
        item(w + " puces encore", "Texte.", "fr");
        SourceItemId englishIgnored = item(w + " chips", "Text.", "en");
        asEditor(() -> ingest.ignore(List.of(frenchIgnored, englishIgnored)));
        SearchQuery items = SearchQuery.of(w).in(SearchQuery.Scope.SOURCE_ITEMS);
        assertThat(find(items).sourceItems()).hasSize(3);
        assertThat(ids(find(items.withSources(InboxQuery.ALL.withStatus("IGNORED").withLanguage("fr"))).sourceItems()))
                .containsExactly(frenchIgnored.value());
    }

    @Test
    void matchesFarApartInTimeAreAllFoundNewestFirst() {
        // the search asks the newest recency buckets (1,024 ids each) first and widens step by step (V54): ids jumped
        // forward put these matches in the first step, the second, and past all the steps
        String w = word();
        Map<ContentField, String> fields = Map.of(ContentField.HEADLINE, w + " chip supply", ContentField.SUMMARY, "A summary.");
        StoryId oldest = story(Map.of("en", fields));
        SourceItemId oldestItem = item(w + " chips", "Text.", "en");
        skipIds(60_000);
        StoryId older = story(Map.of("en", fields));
        SourceItemId olderItem = item(w + " chips", "Text.", "en");
        skipIds(5_000);
        StoryId newer = story(Map.of("en", fields));
        SourceItemId newerItem = item(w + " chips", "Text.", "en");
        StoryId newest = story(Map.of("en", fields));
        SourceItemId newestItem = item(w + " chips", "Text.", "en");
        StoryId apart = story(Map.of("en", Map.of(ContentField.HEADLINE, "Chip supply", ContentField.SUMMARY, "Not " + w + " at all.")));

        SearchResults r = find(SearchQuery.of(w));

        assertThat(ids(r.stories())).containsExactly(newest.value(), newer.value(), older.value(), oldest.value(), apart.value());
        assertThat(ids(r.sourceItems())).containsExactly(newestItem.value(), newerItem.value(), olderItem.value(), oldestItem.value());
        // a phrase: the index is asked for both words, the phrase checked on what it finds, in every step
        assertThat(ids(find(SearchQuery.of("\"" + w + " chip\"")).stories()))
                .containsExactly(newest.value(), newer.value(), older.value(), oldest.value());
    }

    @Test
    void aPhraseFindsItsWordsTogetherAndNotApartBeforeAndAfterItsWordPairsAreIndexed() {
        String w1 = word();
        String w2 = word();
        StoryId together = story(Map.of("en", Map.of(ContentField.HEADLINE, "Plans", ContentField.SUMMARY, "A summary.", ContentField.DEEP_ANALYSIS,
                "Deep in the text: the " + w1 + " " + w2 + " grows.")));
        StoryId apart = story(Map.of("en", Map.of(ContentField.HEADLINE, w1 + " plans", ContentField.SUMMARY, "Of " + w2 + ", and " + w2 + " " + w1
                + ".")));
        StoryId otherLanguage = story(Map.of("en", Map.of(ContentField.HEADLINE, "Plans"), "fr", Map.of(ContentField.HEADLINE, "Projets",
                ContentField.SUMMARY, "Le " + w1 + " " + w2 + " ouvre.")));
        SourceItemId itemTogether = item(w1 + "-" + w2 + " opens", "Text.", "en");
        SourceItemId itemApart = item(w1 + " opens", "Then " + w2 + ".", "en");
        SearchQuery phrase = SearchQuery.of("\"" + w1 + " " + w2 + "\"");
        SearchQuery either = SearchQuery.of("\"" + w2 + " " + w1 + "\" or \"" + w1 + " " + w2 + "\"");

        // just indexed: found by their words, the phrase checked on each whole document
        SearchResults r = find(phrase);
        assertThat(ids(r.stories())).containsExactlyInAnyOrder(together.value(), otherLanguage.value());
        assertThat(ids(r.sourceItems())).containsExactly(itemTogether.value());
        assertThat(ids(find(either).stories())).containsExactlyInAnyOrder(together.value(), apart.value(), otherLanguage.value());

        // once the indexer has filled their adjacent word pairs (when idle, V55), the same from the pairs alone
        while (indexer.fillPhrasePairs(1_000) > 0) {
            // the newest rows first, until every one in reach has its pairs
        }
        assertThat(jdbc.sql("select count(*) from search_story_pairs where story_id in (?, ?, ?)")
                .params(together.value(), apart.value(), otherLanguage.value()).query(Integer.class).single()).isEqualTo(3);
        r = find(phrase);
        assertThat(ids(r.stories())).containsExactlyInAnyOrder(together.value(), otherLanguage.value());
        assertThat(r.stories().stream().filter(h -> h.id() == together.value()).findFirst().orElseThrow().snippet().matches())
                .contains(w1, w2);
        assertThat(ids(r.sourceItems())).containsExactly(itemTogether.value());
        assertThat(ids(find(either).stories())).containsExactlyInAnyOrder(together.value(), apart.value(), otherLanguage.value());
        // with the story list's and the inbox's filters
        assertThat(ids(find(phrase.withStories(StoryFilter.ALL.withLanguage("fr"))).stories())).containsExactly(otherLanguage.value());
        assertThat(ids(find(phrase.withSources(InboxQuery.ALL.withLanguage("fr"))).sourceItems())).isEmpty();
        assertThat(ids(find(phrase.withSources(InboxQuery.ALL.withStatus("NEW").withLanguage("en"))).sourceItems()))
                .containsExactly(itemTogether.value());

        // a story saved without the phrase loses it (its pairs go with its old document), one saved with it gains it
        asEditor(() -> {
            stories.saveContent(together, stories.get(together).version(), StoryContent.EMPTY.with("en", new LocalizedContent(Map.of(
                    ContentField.HEADLINE, "Plans", ContentField.SUMMARY, w1 + " and then " + w2 + "."))), null);
            stories.saveContent(apart, stories.get(apart).version(), StoryContent.EMPTY.with("en", new LocalizedContent(Map.of(
                    ContentField.HEADLINE, w1 + " " + w2))), null);
            return null;
        });
        assertThat(ids(find(phrase).stories())).containsExactlyInAnyOrder(apart.value(), otherLanguage.value());
        while (indexer.fillPhrasePairs(1_000) > 0) {
            // again, for the two saved
        }
        assertThat(ids(find(phrase).stories())).containsExactlyInAnyOrder(apart.value(), otherLanguage.value());
    }

    /** The next stories and source items get ids this much higher than the last ones. */
    private void skipIds(long by) {
        for (String table : List.of("story", "source_item")) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + ") + ?)").param(by)
                    .query(Long.class).single();
        }
    }

    @Test
    void aSearchDuringALargeImportFindsStoriesSavedMeanwhileSaysHowManyItemsAreNotSearchableYetAndTheNextOneFindsThem() {
        String w = word();
        // a burst larger than what a search indexes before it reads (four batches), stored as the import stores a feed's items
        int items = org.newsdesk.story.internal.SearchIndexerAccess.BATCH * 4 + 300;
        jdbc.sql("""
                insert into source_item (kind, source_name, title, language, clean_text, content_hash, cluster_id)
                select 'FEED', 'Burst outlet', 'Story ' || g || ' about ' || ?, 'en', 'Burst text ' || g, md5(? || g), 0
                  from generate_series(1, ?) g""").params(w, w, items).update();
        jdbc.sql("update source_item set cluster_id = id where cluster_id = 0 and title like ?").param("% " + w).update();
        // meanwhile an editor saves a story
        StoryId saved = story(Map.of("en", Map.of(ContentField.HEADLINE, w + " data centre opens", ContentField.SUMMARY, "Saved during the import.")));

        SearchResults during = find(SearchQuery.of(w));

        assertThat(during.notYetSearchable()).as("what the search could not index first is counted").isGreaterThanOrEqualTo(300);
        assertThat(ids(during.stories())).as("a saved story does not wait behind the import").containsExactly(saved.value());
        assertThat(during.sourceItems()).isNotEmpty();

        SearchResults after = find(SearchQuery.of(w).in(SearchQuery.Scope.SOURCE_ITEMS));

        assertThat(after.notYetSearchable()).isZero();
        assertThat(jdbc.sql("select count(*) from search_source_item where doc @@ newsdesk_search_query(?, null)").param(w).query(Long.class).single())
                .as("the whole burst is searchable").isEqualTo(items);
    }

    @Test
    void emptyOrOverlongSearchesAreAnsweredPlainly() {
        assertThat(find(SearchQuery.of("  ")).isEmpty()).isTrue();
        assertThat(find(SearchQuery.of("-- \" ' ( ) :*")).isEmpty()).isTrue();
        assertThatThrownBy(() -> find(SearchQuery.of("x".repeat(201)))).hasMessage("A search is at most 200 characters long.");
    }
}
