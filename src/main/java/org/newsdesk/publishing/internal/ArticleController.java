package org.newsdesk.publishing.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.newsdesk.drafting.DraftingService;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.Revision;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public article page: server-rendered HTML (Thymeleaf, escaped by default), readable
 * without JavaScript. It shows the revision frozen at approval, never the latest edit.
 */
@Controller
class ArticleController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "zh", "中文", "fr", "Français");

    private final StoryService stories;
    private final IngestService ingest;
    private final DraftingService drafting;
    private final UserService users;
    private final NewsdeskProperties props;

    ArticleController(StoryService stories, IngestService ingest, DraftingService drafting, UserService users, NewsdeskProperties props) {
        this.stories = stories;
        this.ingest = ingest;
        this.drafting = drafting;
        this.users = users;
        this.props = props;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Story story = stories.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such article"));
        if (story.state() == StoryState.UNPUBLISHED) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("slug", slug);
            return "gone";
        }
        if (story.publishedRevision() == null || story.state() != StoryState.PUBLISHED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such article");
        }
        Revision revision = stories.revision(story.publishedRevision());
        List<SourceItem> sources = ingest.findAll(story.sources());
        String approver = users.find(story.approvedBy()).map(UserAccount::displayName).orElse("an editor");
        List<String> languages = props.languages().stream().filter(l -> !revision.content().in(l).headline().isBlank()).toList();

        model.addAttribute("content", revision.content());
        model.addAttribute("languages", languages);
        model.addAttribute("languageNames", LANGUAGE_NAMES);
        model.addAttribute("primary", languages.isEmpty() ? "en" : languages.getFirst());
        model.addAttribute("headline", revision.content().headline(props.languages()));
        model.addAttribute("sources", sources);
        model.addAttribute("publishedAt", TIME.format(story.publishedAt()));
        model.addAttribute("publishedIso", story.publishedAt().toString());
        model.addAttribute("disclosure", Disclosure.lines(drafting.provenance(story.id()), sources.size(), approver, story.approvedAt()));
        model.addAttribute("canonical", props.publicBaseUrl() + "/articles/" + story.slug());
        return "article";
    }
}
