package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.Evidence;

/**
 * A percentage that no source states but that two figures of one source make: the share of one in the other ("600 of
 * its 2,000 employees work in research" → "30% of its staff", "其中研发人员600人" → "占30%") or the change from one to the
 * other ("$4.2 billion in 2023. … $5.1 billion in 2024" → "up 21.4%"), when they are in one sentence or in neighbouring
 * ones. The figures are of the same kind (an amount in one currency, counts that both name what they count and count the same thing), and the result must
 * equal the draft's percentage to the two or more digits it is written with (or within a tenth of it when the draft hedges: "about
 * 21%"), so a wrong percentage stays unsupported. A change within one sentence is {@link Ratios#derivedPercent}'s.
 */
final class Shares {

    private static final int SENTENCES_APART = 1;

    private Shares() {}

    /** A share or a change two source figures make. */
    record Made(double percent, Mention part, Mention whole, boolean share) {}

    /** Supported as a share or a change of two source figures, or {@code null}. */
    static Outcome support(Mention d, SourceIndex index) {
        if (d.kind != ClaimKind.PERCENT || d.number() <= 0 || d.digits < 2 && d.hedge == Mention.Hedge.EXACT) {
            return null;
        }
        double p = d.number();
        for (List<Made> made : table(index).subMap(p * 0.85, true, p * 1.15, true).values()) {
            for (Made m : made) {
                boolean within = Rule.equal(Rule.roundTo(m.percent(), Math.max(1, d.digits)), p)
                        || d.hedge != Mention.Hedge.EXACT && Math.abs(m.percent() - p) <= 0.1 * p;
                if (!within || !namesTheUnit(d, m)) {
                    continue;
                }
                String how = m.share()
                        ? m.part().text.strip() + " of " + m.whole().text.strip()
                        : m.whole().text.strip() + " → " + m.part().text.strip();
                return Outcome.supported(String.format(Locale.ROOT, "derived: %s is %s%s%% (%s)", how, m.share() ? "" : m.part().number() > m.whole().number() ? "+" : "−",
                        Rule.plain(Rule.roundTo(m.percent(), 3)), m.part().doc.label()), List.<Evidence>of(Rule.evidence(m.whole()), Rule.evidence(m.part())));
            }
        }
        return null;
    }

    /** Every share and change of two comparable figures of a source within neighbouring sentences, by percent: made once per set of sources. */
    static NavigableMap<Double, List<Made>> table(SourceIndex index) {
        NavigableMap<Double, List<Made>> t = index.shares;
        if (t != null) {
            return t;
        }
        t = new TreeMap<>();
        for (Doc doc : index.docs) {
            List<Mention> figures = new ArrayList<>();
            for (Mention m : doc.mentions) {
                if ((m.kind == ClaimKind.AMOUNT || m.kind == ClaimKind.COUNT) && m.number() > 0) {
                    figures.add(m);
                }
            }
            for (int i = 0; i < figures.size(); i++) {
                Mention a = figures.get(i);
                for (int j = i + 1; j < figures.size() && neighbours(doc, a.sentence, figures.get(j).sentence); j++) {
                    Mention b = figures.get(j);
                    if (!sameThing(a, b) || Rule.equal(a.number(), b.number())) {
                        continue;
                    }
                    Mention small = a.number() < b.number() ? a : b;
                    Mention big = small == a ? b : a;
                    add(t, new Made(small.number() / big.number() * 100, small, big, true));
                    if (a.sentence != b.sentence) {
                        // earlier figure first: a change from the one told first to the one told next, either way
                        add(t, new Made(Math.abs(b.number() / a.number() - 1) * 100, b, a, false));
                        add(t, new Made(Math.abs(a.number() / b.number() - 1) * 100, a, b, false));
                    }
                }
            }
        }
        index.shares = t;
        return t;
    }

    /** Whether two sentences are the same or next to each other, blank ones between (a paragraph break) not counted. */
    static boolean neighbours(Doc doc, int a, int b) {
        if (b - a <= SENTENCES_APART) {
            return true;
        }
        if (b - a > SENTENCES_APART + 2) {
            return false;
        }
        for (int k = a + 1; k < b; k++) {
            if (!doc.folded.substring(doc.sentences.start(k), doc.sentences.end(k)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Amounts in one currency, or counts that both say what they count and count the same thing ("科创50" and "2823.11点" do not). */
    private static boolean sameThing(Mention a, Mention b) {
        if (a.kind != b.kind) {
            return false;
        }
        if (a.kind == ClaimKind.AMOUNT) {
            return Derived.comparable(a, b);
        }
        String ua = ((org.newsdesk.claimcheck.ClaimValue.Count) a.value).unit();
        String ub = ((org.newsdesk.claimcheck.ClaimValue.Count) b.value).unit();
        return ua != null && ub != null ? Lexicon.compatibleUnits(ua, ub) : (ua != null || ub != null) && a.sentence == b.sentence;
    }

    /** Whether the draft's sentence names what a share's figures count ("30% of its employees" for 600 of 2,000 employees). */
    private static boolean namesTheUnit(Mention d, Made m) {
        if (m.part().kind == ClaimKind.AMOUNT) {
            return true;
        }
        String ua = ((org.newsdesk.claimcheck.ClaimValue.Count) m.part().value).unit();
        String ub = ((org.newsdesk.claimcheck.ClaimValue.Count) m.whole().value).unit();
        if (ua != null && ub != null) {
            return true;
        }
        String unit = ua != null ? ua : ub;
        return d.doc != null && d.sentence >= 0 && CountUnits.inSentence(d).stream().anyMatch(u -> Lexicon.compatibleUnits(u, unit) && u != null);
    }

    private static void add(NavigableMap<Double, List<Made>> t, Made m) {
        if (m.percent() > 0 && m.percent() < 10_000) {
            t.computeIfAbsent(m.percent(), k -> new ArrayList<>(1)).add(m);
        }
    }
}
