package org.newsdesk.workflow;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.claimcheck.Claim;
import org.newsdesk.claimcheck.ClaimChecker;
import org.newsdesk.claimcheck.ClaimReport;
import org.newsdesk.claimcheck.DraftText;
import org.newsdesk.claimcheck.SourceText;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.workflow.internal.AuditRepository;
import org.newsdesk.workflow.internal.ClaimResolutionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim check of a story's current revision against its sources (see the claimcheck
 * module), the reviewers' acceptances of unsupported claims, and the approval guard: a story
 * with an unsupported claim nobody accepted cannot be approved.
 */
@Service
public class ClaimCheckService {

    private final ClaimChecker checker = new ClaimChecker();
    private final StoryService stories;
    private final IngestService ingest;
    private final ClaimResolutionRepository resolutions;
    private final AuditRepository audit;
    private final NewsdeskProperties props;
    private final Authors authors;

    ClaimCheckService(StoryService stories, IngestService ingest, ClaimResolutionRepository resolutions, AuditRepository audit,
            NewsdeskProperties props, Authors authors) {
        this.authors = authors;
        this.stories = stories;
        this.ingest = ingest;
        this.resolutions = resolutions;
        this.audit = audit;
        this.props = props;
    }

    /** Every claim of the story's current revision, unresolved unsupported ones first. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<CheckedClaim> check(StoryId id) {
        return check(stories.get(id));
    }

    List<CheckedClaim> check(Story story) {
        List<DraftText> draft = new ArrayList<>();
        for (String lang : props.languages()) {
            for (ContentField f : ContentField.values()) {
                if (f == ContentField.SCORES || f == ContentField.HIGHLIGHTS || f == ContentField.CATEGORIES) {
                    continue; // the desk's own judgement and labels, not claims about the world
                }
                String text = story.content().in(lang).text(f);
                if (!text.isBlank()) {
                    draft.add(new DraftText(f.key(), lang, text));
                }
            }
        }
        List<SourceText> sources = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (SourceItem s : ingest.findAll(story.sources())) {
            LocalDate published = (s.publishedAt() != null ? s.publishedAt() : s.importedAt()).atZone(ZoneOffset.UTC).toLocalDate();
            sources.add(new SourceText(sourceName(s, names), s.language() == null ? "en" : s.language(),
                    s.title() + "\n" + s.cleanText(), published));
        }
        ClaimReport report = checker.check(draft, sources);
        Map<String, ClaimResolutionRepository.Resolution> accepted = resolutions.forStory(story.id());
        List<CheckedClaim> out = new ArrayList<>();
        for (Claim c : report.claims()) {
            String key = c.field() + "|" + c.language() + "|" + c.text();
            var r = accepted.get(key);
            out.add(new CheckedClaim(key, c, ContentField.byKey(c.field()).orElse(null), r == null ? null : r.by(), r == null ? null : r.note(),
                    r == null ? null : r.at()));
        }
        out.sort(Comparator.comparing((CheckedClaim c) -> !c.blocking()).thenComparing(c -> !c.claim().flagged()));
        return out;
    }

    /**
     * How the check's reasons name a source: by its title (never an internal id), shortened, and told
     * apart from another source of the same title by its outlet or a number.
     */
    static String sourceName(SourceItem s, java.util.Set<String> taken) {
        String title = s.title() == null || s.title().isBlank() ? "an untitled source" : s.title().strip();
        String name = "“" + (title.length() > 60 ? title.substring(0, 59) + "…" : title) + "”";
        if (!taken.add(name)) {
            name = name + " (" + s.displaySource() + ")";
            for (int n = 2; !taken.add(name); n++) {
                name = name.replaceFirst(" #\\d+$", "") + " #" + n;
            }
        }
        return name;
    }

    /** A reviewer accepts an unsupported claim, with a note saying why; recorded in the audit log. */
    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public void accept(StoryId id, String claimKey, String note) {
        accept(id, note, c -> c.key().equals(claimKey));
    }

    /**
     * A reviewer accepts, once and with one note, every occurrence of an unsupported claim written
     * {@code text} (the same figure repeated in several fields and languages); one audit row names
     * them all. Returns how many occurrences were accepted.
     */
    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public int acceptEverywhere(StoryId id, String text, String note) {
        return accept(id, note, c -> CheckedClaim.group(c.claim().text()).equals(CheckedClaim.group(text)));
    }

    private int accept(StoryId id, String typedNote, java.util.function.Predicate<CheckedClaim> which) {
        String note = org.newsdesk.platform.PlainText.strip(typedNote);
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Say why the claim is right: accepting it needs a note.");
        }
        Story story = stories.get(id);
        Actor me = CurrentUser.require();
        var refused = WorkflowPolicy.claimAcceptanceRefusal(new StoryFacts(story.state(), authors.of(id), List.of(), false, List.of()), me);
        if (refused.isPresent()) {
            throw new WorkflowException(refused.get());
        }
        List<CheckedClaim> found = check(story).stream().filter(which).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("That claim is no longer in the draft.");
        }
        List<CheckedClaim> open = found.stream().filter(CheckedClaim::blocking).toList();
        if (open.isEmpty()) {
            if (found.stream().anyMatch(c -> c.claim().flagged())) {
                return 0; // accepted already (the same words elsewhere in the field, or a colleague a moment ago): nothing left to do
            }
            throw new IllegalArgumentException("That claim is supported by the sources already.");
        }
        for (CheckedClaim c : open) {
            resolutions.accept(id, c.key(), note.strip(), me.id());
        }
        audit.recordNote(id, "ACCEPT_CLAIM", story.state(), story.current().id(), me.id(), me.displayName(),
                "Accepted “" + open.getFirst().claim().text() + "” in " + String.join(", ", open.stream().map(CheckedClaim::where).distinct().toList())
                        + ": " + note.strip());
        return open.size();
    }

    /** The unsupported claims nobody accepted yet, which block approval. */
    List<CheckedClaim> blocking(Story story) {
        return check(story).stream().filter(CheckedClaim::blocking).toList();
    }
}
