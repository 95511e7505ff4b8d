package org.newsdesk.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The desk's people taking stories through the services, as the demo users (editor, reviewer,
 * publisher), each step signed in as the person whose role it is. For tests and benchmarks that
 * need stories in a given state quickly.
 */
public final class Desk {

    private final IngestService ingest;
    private final StoryService stories;
    private final DraftingService drafting;
    private final WorkflowService workflow;
    private final org.newsdesk.review.ClaimCheckService claims;
    private final NewsdeskProperties props;
    private final SignIn signIn;

    public Desk(ApplicationContext context) {
        this.ingest = context.getBean(IngestService.class);
        this.stories = context.getBean(StoryService.class);
        this.drafting = context.getBean(DraftingService.class);
        this.workflow = context.getBean(WorkflowService.class);
        this.claims = context.getBean(org.newsdesk.review.ClaimCheckService.class);
        this.props = context.getBean(NewsdeskProperties.class);
        this.signIn = new SignIn(context.getBean(UserDetailsService.class));
    }

    public <T> T as(String username, Supplier<T> action) {
        return signIn.as(username, action);
    }

    /**
     * Acts as {@code user} on {@code node}, one of several applications a test started. Each node's
     * method security reads its own security context strategy (Vaadin installs one per application),
     * so this signs in through that node's.
     */
    public static <T> T on(ApplicationContext node, String user, Supplier<T> action) {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(
                node.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class));
        return new Desk(node).as(user, action);
    }

    /** A new story from a freshly pasted source (title, outlet, URL as given). */
    public StoryId storyFromSource(String title, String outlet, String url, String text) {
        return as("editor", () -> {
            var item = ingest.paste(new PastedSource(title, text + "\n\n" + UUID.randomUUID(), outlet, url, "fr"));
            return stories.createFromSources(List.of(item.item().id()));
        });
    }

    /** Plain content in every desk language: "{headline} ({lang})", a summary and two bullets. */
    public StoryContent content(String headline) {
        Map<String, LocalizedContent> languages = new LinkedHashMap<>();
        for (String lang : props.languages()) {
            languages.put(lang, new LocalizedContent(headline + " (" + lang + ")", "Summary of " + headline + " in " + lang + ".",
                    List.of("First point (" + lang + ")", "Second point (" + lang + ")")));
        }
        return new StoryContent(languages);
    }

    /** A story written by the editor with {@code content}, submitted and approved by the reviewer. */
    public StoryId approved(StoryContent content) {
        StoryId id = storyFromSource("Source for " + content.headline(props.languages()), "FrenchWeb", "https://www.frenchweb.fr/mistral-data-center-" + UUID.randomUUID(),
                "Mistral AI secured €705 million in debt financing to build a data center near Paris.");
        as("editor", () -> {
            Story s = stories.get(id);
            stories.saveContent(id, s.version(), content, null);
            return workflow.submit(id);
        });
        approve(id);
        return id;
    }

    /**
     * The reviewer approves a story in review, first accepting (with a note) any claim the claim
     * check could not trace to the sources and any translation that fell behind the primary
     * language: these fixtures are about publishing, not claims or translations.
     */
    public Story approve(StoryId id) {
        return as("reviewer", () -> {
            claims.check(id).stream().filter(org.newsdesk.review.CheckedClaim::blocking)
                    .forEach(c -> claims.accept(id, c.key(), "Checked against the source by the test desk"));
            stories.translations(id).stream().filter(org.newsdesk.story.TranslationStatus::blocksApproval)
                    .forEach(t -> stories.acceptTranslation(id, t.field(), t.language(), "Read beside the primary by the test desk"));
            return workflow.approve(id);
        });
    }

    public StoryId approved(String headline) {
        return approved(content(headline));
    }

    /** A story drafted by the (fake) model, optionally with the English headline then edited by the editor, submitted and approved. */
    public StoryId draftedAndApproved(String editedHeadline) {
        StoryId id = storyFromSource("Mistral mobilise 705 millions " + UUID.randomUUID(), "FrenchWeb", "https://www.frenchweb.fr/mistral-705-" + UUID.randomUUID(),
                "Mistral AI secured €705 million in debt financing to build a data center near Paris, aiming to acquire 13,800 NVIDIA GPUs.");
        // Drafting runs in the background on the security context of whoever started it: stay signed in until it ends.
        signIn.as("editor");
        drafting.start(id);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> drafting.latestJob(id).map(j -> j.status() != DraftJob.Status.RUNNING).orElse(false));
        as("editor", () -> {
            if (drafting.latestJob(id).orElseThrow().status() != DraftJob.Status.SUCCEEDED) {
                throw new AssertionError("Drafting failed: " + drafting.latestJob(id).orElseThrow().error());
            }
            if (editedHeadline != null) {
                Story s = stories.get(id);
                stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en").with(org.newsdesk.story.ContentField.HEADLINE,
                        editedHeadline)), null);
            }
            return workflow.submit(id);
        });
        approve(id);
        return id;
    }

    public Story publish(StoryId id) {
        return as("publisher", () -> workflow.publishNow(id));
    }

    public Story schedule(StoryId id, LocalDateTime at, ZoneId zone) {
        return as("publisher", () -> workflow.schedule(id, at, zone));
    }

    public Story get(StoryId id) {
        return stories.get(id);
    }
}
