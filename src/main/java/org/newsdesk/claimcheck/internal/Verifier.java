package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.Claim;
import org.newsdesk.claimcheck.ClaimId;
import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.DraftText;
import org.newsdesk.claimcheck.Evidence;

/**
 * Decides, claim by claim, whether the sources support a draft, by the rule for its kind ({@link AmountRule},
 * {@link CountRule}, {@link PercentRule}, {@link DateRule}, {@link PeriodRule}, {@link RatioRule}, {@link NameRule};
 * what they share is in {@link Rule}):
 *
 * <ul>
 * <li>A figure is supported by a source figure of the same kind, currency and unit with the same value
 * within the rounding the draft writes it with ("€3B" for "€3.2 billion", "~$4B" for "$3.96 billion"),
 * unless the source says it of another name (a swapped entity: see {@code consistentSubject}), counts
 * something else ("13,800 employees" for "13,800 GPUs") or is another kind of money (debt for revenue).
 * <li>An amount in a currency the sources do not give it in is an unsourced conversion when it is about what
 * another amount beside it, or in the sources, comes to at a plausible exchange rate.
 * <li>A date is supported by the same date in a source, or by a date written without a year that the
 * publication date fixes; a year the sources do not fix is flagged as added.
 * <li>A percentage may be derived from two amounts of its sentence, and a difference in points from two
 * percentages of a source sentence; a ratio ("nearly double") and a period
 * ("half a year") are supported only when figures or dates stand in that relation.
 * <li>A name is supported when a source spells it, a gazetteer alias of it, or a distinctive word of it.
 * </ul>
 */
public final class Verifier {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    final SourceIndex index;
    final List<Doc> draft = new ArrayList<>();
    final Set<String> draftAliasIds = new HashSet<>();
    final Set<String> draftNameWords = new HashSet<>();
    final Set<String> draftUnaliasedNameWords = new HashSet<>();
    private final Rule amounts;
    private final Rule counts;
    private final Rule percents;
    private final Rule dates;
    private final Rule periods;
    private final Rule ratios;
    private final Rule names;

    private Verifier(SourceIndex index) {
        this.index = index;
        this.amounts = new AmountRule(this);
        this.counts = new CountRule(this);
        this.percents = new PercentRule(this);
        this.dates = new DateRule(this);
        this.periods = new PeriodRule(this);
        this.ratios = new RatioRule(this);
        this.names = new NameRule(this);
    }

    /** Checks every field of a draft against prepared sources. */
    public static List<Claim> check(List<DraftText> texts, SourceIndex index) {
        return new Verifier(index).run(texts);
    }

    private List<Claim> run(List<DraftText> texts) {
        Set<String> lower = new HashSet<>();
        for (DraftText t : texts) {
            Doc d = new Doc(null, t.field(), t.language(), t.text(), null);
            d.lowerCaseWords(lower);
            draft.add(d);
        }
        Extractor.Words words = new Extractor.Words() {
            @Override
            public boolean seenInLowerCase(String w) {
                return lower.contains(w) || index.lowerCaseWords.contains(w);
            }

            @Override
            public boolean knownName(String key) {
                return index.knownName(key);
            }
        };
        for (Doc d : draft) {
            d.extract(words);
            for (Mention m : d.mentions) {
                if (m.kind == ClaimKind.ENTITY) {
                    if (m.aliasId != null) {
                        draftAliasIds.add(m.aliasId);
                    } else {
                        draftUnaliasedNameWords.addAll(m.words);
                    }
                    draftNameWords.addAll(m.words);
                }
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Doc d : draft) {
            Map<String, Integer> occurrences = new HashMap<>();
            for (Mention m : d.mentions) {
                if (m.weak) {
                    continue;
                }
                Outcome o = verify(m);
                String text = d.text.substring(m.start, m.end);
                String key = d.field + ":" + d.language + ":" + m.kind + ":" + WHITESPACE.matcher(text).replaceAll(" ");
                int n = occurrences.merge(key, 1, Integer::sum);
                claims.add(new Claim(new ClaimId(key + "#" + n), d.field, d.language, m.start, m.end, text, m.kind,
                        m.value, o.verdict(), cited(o), o.evidence()));
            }
        }
        return claims;
    }

    /**
     * The rule with the source that decided it, by title, and the passage quoted: "same value: €3B = 3 milliards
     * d'euros — «Mistral AI lève 3 milliards»: “Mistral AI lève 3 milliards d'euros.”".
     */
    static String cited(Outcome o) {
        if (o.evidence().isEmpty() || o.rule() == null) {
            return o.rule();
        }
        Evidence e = o.evidence().get(0);
        String title = e.sourceTitle() == null ? e.sourceId().value() : e.sourceTitle();
        String name = title.equals(e.sourceId().value()) ? title : "«" + title + "»";
        if (e.passageEnd() == 0) {
            return o.rule() + " — " + name + ", " + e.passage();
        }
        String passage = e.passage().strip().replaceAll("\\s+", " ");
        if (passage.length() > 200) {
            int at = Math.max(0, passage.indexOf(e.matched().strip()));
            int from = Math.max(0, at - 90);
            int to = Math.min(passage.length(), at + e.matched().length() + 90);
            passage = (from > 0 ? "…" : "") + passage.substring(from, to).strip() + (to < passage.length() ? "…" : "");
        }
        return o.rule() + " — " + name + ": “" + passage + "”";
    }

    private Outcome verify(Mention m) {
        Outcome o = byKind(m);
        if (o.verdict() == org.newsdesk.claimcheck.Verdict.UNSUPPORTED && o.rule() != null && o.rule().startsWith("no source gives")) {
            Outcome other = Restated.support(m, index);
            return other != null ? other : o;
        }
        return o;
    }

    private Outcome byKind(Mention m) {
        return switch (m.kind) {
            case AMOUNT -> amounts.verify(m);
            case COUNT -> counts.verify(m);
            case PERCENT -> percents.verify(m);
            case DATE -> dates.verify(m);
            case PERIOD -> periods.verify(m);
            case RATIO -> ratios.verify(m);
            case ENTITY -> names.verify(m);
        };
    }
}
