package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * A figure moved next to other figures it does not go with: the draft states it together with figures or dates
 * (its anchors: "rose 37%, from 2.18% to 2.72%"; "25% … from October 1") that the sources state in one passage (a
 * sentence, or its part between semicolons), and that passage gives another figure of the same kind where the
 * draft puts this one ("rose 25 percent …, from 2.18 percent to 2.72 percent"), while no passage of any anchor
 * gives this one. Anchors work across languages, since they compare values, not words. An anchor that the sources
 * state more than three times is no anchor; a figure of the passage that the draft also states in the same clause
 * as this one is no replacement for it.
 */
final class Substitution {

    private static final int MAX_PLACES = 3;

    private Substitution() {}

    /** Why the draft figure {@code d} does not go with its anchors, or null when nothing says so. */
    static String moved(Mention d, SourceIndex index) {
        if (d.doc == null || d.doc.bySentence.isEmpty()) {
            return null;
        }
        List<Mention> sentence = d.doc.bySentence.get(d.sentence);
        if (sentence.size() < 2) {
            return null;
        }
        int[] clause = Names.clause(d.doc.folded, d.doc.sentences.start(d.sentence), d.doc.sentences.end(d.sentence), d.start);
        List<Mention> inClause = new ArrayList<>();
        for (Mention o : sentence) {
            if (o.start >= clause[0] && o.end <= clause[1]) {
                inClause.add(o);
            }
        }
        if (!displacedFromOwnPassages(d, index)) {
            return null;
        }
        String found = null;
        for (Mention a : inClause) {
            if (a == d || !anchorKind(a) || a.kind == d.kind && near(d, a)) {
                continue;
            }
            List<Mention> places = sourcesOf(a, index);
            if (places.isEmpty() || places.size() > MAX_PLACES) {
                continue;
            }
            for (Mention p : places) {
                List<Mention> passage = passage(p);
                if (passage.stream().anyMatch(x -> x.kind == d.kind && Rule.sameValue(d, x))) {
                    return null;
                }
                if (found == null) {
                    Mention x = replaced(d, passage, inClause);
                    if (x != null) {
                        found = "moved: in " + p.doc.label() + " " + p.text.strip() + " goes with " + x.text.strip() + ", not " + d.text.strip()
                                + " — “" + p.doc.folded.substring(start(p), end(p)).strip() + "”";
                    }
                }
            }
        }
        return found;
    }

    /**
     * The one figure of the passage that the draft's clause replaces by {@code d}: every other figure of that kind in
     * the clause is the passage's, and exactly one of the passage's is not in the clause (of the same unit, and for
     * money of the same meaning).
     */
    private static Mention replaced(Mention d, List<Mention> passage, List<Mention> inClause) {
        for (Mention o : inClause) {
            if (o != d && o.kind == d.kind && passage.stream().noneMatch(x -> x.kind == o.kind && Rule.sameValue(o, x))) {
                return null;
            }
        }
        Mention only = null;
        for (Mention x : passage) {
            if (x.kind != d.kind || inClause.stream().anyMatch(o -> o.kind == x.kind && Rule.sameValue(o, x))) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = x;
        }
        if (only == null || !sameUnit(d, only) || d.meaning != null && only.meaning != null && !d.meaning.equals(only.meaning)) {
            return null;
        }
        return only;
    }

    /**
     * Whether every passage of the sources that states {@code d} states with it another figure of its kind that the
     * draft does not state anywhere: the company it keeps in the sources is not the company it keeps in the draft.
     */
    private static boolean displacedFromOwnPassages(Mention d, SourceIndex index) {
        List<Mention> own = sourcesOf(d, index);
        if (own.isEmpty()) {
            return false;
        }
        for (Mention p : own) {
            boolean companion = false;
            for (Mention x : passage(p)) {
                if (x != p && x.kind == d.kind && !Rule.sameValue(d, x) && !statedInDraft(x, d.doc)) {
                    companion = true;
                    break;
                }
            }
            if (!companion) {
                return false;
            }
        }
        return true;
    }

    private static boolean statedInDraft(Mention x, Doc draft) {
        for (Mention o : draft.mentions) {
            if (o.kind == x.kind && Rule.sameValue(o, x)) {
                return true;
            }
        }
        return false;
    }

    /** A figure within a tenth of the draft's is the same quantity written otherwise ("13-inch", "13.3-inch"), no anchor. */
    private static boolean near(Mention d, Mention a) {
        return Rule.sameValue(d, a) || Math.abs(d.number() - a.number()) <= 0.1 * Math.abs(d.number());
    }

    private static boolean anchorKind(Mention a) {
        if (a.isFigure()) {
            return true;
        }
        return a.kind == ClaimKind.DATE && a.value instanceof ClaimValue.DateValue v && v.month() > 0 && v.day() > 0;
    }

    private static boolean sameUnit(Mention d, Mention x) {
        if (d.value instanceof ClaimValue.Amount a && x.value instanceof ClaimValue.Amount b) {
            return a.currency().equals(b.currency());
        }
        if (d.value instanceof ClaimValue.Count a && x.value instanceof ClaimValue.Count b) {
            return java.util.Objects.equals(a.unit(), b.unit());
        }
        return true;
    }

    private static List<Mention> sourcesOf(Mention a, SourceIndex index) {
        NavigableMap<Double, List<Mention>> map = switch (a.kind) {
            case PERCENT -> index.percents;
            case COUNT -> index.counts;
            case AMOUNT -> index.amounts.get(((ClaimValue.Amount) a.value).currency());
            default -> null;
        };
        if (a.kind == ClaimKind.DATE) {
            ClaimValue.DateValue v = (ClaimValue.DateValue) a.value;
            List<Mention> out = new ArrayList<>();
            for (Mention s : index.datesByMonth.getOrDefault(v.month(), List.of())) {
                if (s.value instanceof ClaimValue.DateValue w && w.day() == v.day() && (w.year() == 0 || v.year() == 0 || w.year() == v.year())
                        && !out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention s : Rule.candidates(map, a)) {
            if (Rule.equal(s.number(), a.number())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The source mentions of the figure's passage: its sentence, or the part of it between semicolons. */
    private static List<Mention> passage(Mention p) {
        int from = start(p);
        int to = end(p);
        List<Mention> out = new ArrayList<>();
        for (Mention x : p.doc.bySentence.get(p.sentence)) {
            if (x.start >= from && x.end <= to) {
                out.add(x);
            }
        }
        return out;
    }

    private static int start(Mention p) {
        String t = p.doc.folded;
        int from = p.doc.sentences.start(p.sentence);
        int i = p.start;
        while (i > from && t.charAt(i - 1) != ';' && t.charAt(i - 1) != '；') {
            i--;
        }
        return i;
    }

    private static int end(Mention p) {
        String t = p.doc.folded;
        int to = p.doc.sentences.end(p.sentence);
        int i = p.end;
        while (i < to && t.charAt(i) != ';' && t.charAt(i) != '；') {
            i++;
        }
        return i;
    }

}
