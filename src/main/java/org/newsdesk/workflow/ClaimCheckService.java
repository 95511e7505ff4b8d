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

    ClaimCheckService(StoryService stories, IngestService ingest, ClaimResolutionRepository resolutions, AuditRepository audit,
            NewsdeskProperties props) {
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
        for (SourceItem s : ingest.findAll(story.sources())) {
            LocalDate published = (s.publishedAt() != null ? s.publishedAt() : s.importedAt()).atZone(ZoneOffset.UTC).toLocalDate();
            sources.add(new SourceText(String.valueOf(s.id().value()), s.language() == null ? "en" : s.language(),
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

    /** A reviewer accepts an unsupported claim, with a note saying why; recorded in the audit log. */
    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public void accept(StoryId id, String claimKey, String typedNote) {
        String note = org.newsdesk.platform.PlainText.strip(typedNote);
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Say why the claim is right: accepting it needs a note.");
        }
        Story story = stories.get(id);
        CheckedClaim claim = check(story).stream().filter(c -> c.key().equals(claimKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That claim is no longer in the draft."));
        if (!claim.claim().flagged()) {
            throw new IllegalArgumentException("That claim is supported by the sources already.");
        }
        Actor me = CurrentUser.require();
        resolutions.accept(id, claimKey, note.strip(), me.id());
        audit.recordNote(id, "ACCEPT_CLAIM", story.state(), story.current().id(), me.id(), me.displayName(),
                "Accepted “" + claim.claim().text() + "” in " + claim.where() + ": " + note.strip());
    }

    /** The unsupported claims nobody accepted yet, which block approval. */
    List<CheckedClaim> blocking(Story story) {
        return check(story).stream().filter(CheckedClaim::blocking).toList();
    }
}
