package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * A year a source names only as the one before another: "Dealers last year sold 303,417 new vehicles, up 4 percent from
 * the previous year" (a story of 2019) supports "303,417 new vehicles in 2018, up 4% from 2017". The draft's sentence
 * must write the later year (one more) and a figure of that source sentence, so the source sentence is the one restated.
 */
final class PreviousYear {

    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:the\\s+previous\\s+year|the\\s+prior\\s+year|the\\s+year\\s+before|a\\s+year\\s+(?:earlier|before)"
            + "|l'année\\s+précédente|l'année\\s+d'avant|un\\s+an\\s+plus\\s+tôt)(?![\\p{L}])|上一年|前一年|上年");

    private PreviousYear() {}

    static Outcome support(Mention d, SourceIndex index) {
        if (d.kind != ClaimKind.DATE || d.doc == null || d.sentence < 0 || !(d.value instanceof ClaimValue.DateValue v) || v.year() <= 0 || v.month() != 0) {
            return null;
        }
        List<Mention> sentence = d.doc.bySentence.get(d.sentence);
        boolean laterYear = sentence.stream().anyMatch(x -> x.kind == ClaimKind.DATE && x.value instanceof ClaimValue.DateValue y && y.year() == v.year() + 1);
        if (!laterYear) {
            return null;
        }
        for (List<Mention> ss : sentences(index)) {
            for (Mention f : ss) {
                if (f.isFigure() && f.number() >= 10 && sentence.stream().anyMatch(x -> x.isFigure() && x.kind == f.kind && Rule.sameValue(x, f))) {
                    return Outcome.supported("the year before " + (v.year() + 1) + ": " + f.doc.label() + " says \"the previous year\" of " + f.text,
                            List.of(Rule.evidence(f)));
                }
            }
        }
        return null;
    }

    /** The claims of each source sentence that speaks of "the previous year", found once per set of sources. */
    private static List<List<Mention>> sentences(SourceIndex index) {
        List<List<Mention>> out = index.previousYearSentences;
        if (out != null) {
            return out;
        }
        out = new java.util.ArrayList<>();
        for (Doc s : index.docs) {
            for (List<Mention> ss : s.bySentence) {
                if (ss.isEmpty()) {
                    continue;
                }
                int i = ss.get(0).sentence;
                if (BEFORE.matcher(s.folded.substring(s.sentences.start(i), s.sentences.end(i))).find()) {
                    out.add(ss);
                }
            }
        }
        index.previousYearSentences = out;
        return out;
    }
}
