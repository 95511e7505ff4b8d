package org.newsdesk.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.newsdesk.claimcheck.Claim;
import org.newsdesk.claimcheck.ClaimChecker;
import org.newsdesk.claimcheck.ClaimReport;
import org.newsdesk.claimcheck.DraftText;
import org.newsdesk.claimcheck.PreparedSources;
import org.newsdesk.claimcheck.SourceText;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.review.internal.ClaimResolutionRepository;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.Story;
import org.newsdesk.workflow.ClaimGate;
import org.newsdesk.workflow.UnresolvedClaim;
import org.springframework.stereotype.Component;

/**
 * The claim check of a story's current revision against its sources (see the claimcheck module),
 * with the reviewers' acceptances; and, for the workflow's approval guard, the unsupported claims
 * nobody accepted.
 */
@Component
class ClaimCheck implements ClaimGate {

    private final ClaimChecker checker = new ClaimChecker();
    /**
     * The check of each recent revision before the reviewers' acceptances (a revision's content and
     * its story's sources never change, so it stays right): a save is checked once, not by each of
     * the capabilities, the claims panel and the field marks that show it.
     */
    private final Map<ReportKey, ClaimReport> reports = lru(128);
    /** Each recent story's sources, read and indexed once (source items' text never changes). */
    private final Map<List<org.newsdesk.ingest.SourceItemId>, PreparedSources> prepared = lru(32);

    private record ReportKey(org.newsdesk.story.RevisionId revision, List<org.newsdesk.ingest.SourceItemId> sources) {}
    private final IngestService ingest;
    private final ClaimResolutionRepository resolutions;
    private final NewsdeskProperties props;

    ClaimCheck(IngestService ingest, ClaimResolutionRepository resolutions, NewsdeskProperties props) {
        this.ingest = ingest;
        this.resolutions = resolutions;
        this.props = props;
    }

    @Override
    public List<UnresolvedClaim> unresolved(Story story) {
        return check(story).stream().filter(CheckedClaim::blocking).map(CheckedClaim::unresolved).toList();
    }

    List<CheckedClaim> check(Story story) {
        ClaimReport report = reports.get(new ReportKey(story.current().id(), story.sources()));
        if (report == null) {
            report = checkAgainstSources(story);
            reports.put(new ReportKey(story.current().id(), story.sources()), report);
        }
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

    private ClaimReport checkAgainstSources(Story story) {
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
        PreparedSources sources = prepared.get(story.sources());
        if (sources == null) { // not computeIfAbsent: that would hold every other check while this one reads and indexes
            List<SourceText> texts = new ArrayList<>();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (SourceItem s : ingest.findAll(story.sources())) {
                LocalDate published = (s.publishedAt() != null ? s.publishedAt() : s.importedAt()).atZone(ZoneOffset.UTC).toLocalDate();
                texts.add(new SourceText(sourceName(s, names), s.language() == null ? "en" : s.language(), s.title() + "\n" + s.cleanText(), published));
            }
            sources = checker.prepare(texts);
            prepared.put(story.sources(), sources);
        }
        synchronized (sources) { // one check at a time per prepared sources: nothing promises they may be read by two threads at once
            return checker.check(draft, sources);
        }
    }

    private static <K, V> Map<K, V> lru(int size) {
        return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<K, V>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
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
}
