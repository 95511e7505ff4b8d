package org.newsdesk.claimcheck.internal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsdesk.claimcheck.Evidence;

/** Periods ("half a year", "18 months"): supported by the same period in a source, or by two dates that far apart. */
final class PeriodRule extends Rule {

    PeriodRule(Verifier check) {
        super(check);
    }

    @Override
    Outcome verify(Mention d) {
        return period(d);
    }

    private Outcome period(Mention d) {
        double months = d.number();
        for (List<Mention> ms : index.periods.subMap(months * 0.85, true, months * 1.15, true).values()) {
            for (Mention s : ms) {
                double rel = Math.abs(s.number() - months) / months;
                if (rel <= (d.hedge == Mention.Hedge.EXACT && s.hedge == Mention.Hedge.EXACT ? 0.02 : 0.15)) {
                    return Outcome.supported(compact(d.text).equals(compact(s.text)) ? "same value" : "same value: " + d.text + " = " + s.text,
                            List.of(evidence(s)));
                }
            }
        }
        double tolerance = months < 2 ? 0.3 * months : Math.max(1.0, 0.25 * months);
        SourceIndex.DatePoint bestA = null;
        SourceIndex.DatePoint bestB = null;
        double bestGap = Double.MAX_VALUE;
        List<SourceIndex.DatePoint> points = index.datePoints;
        long[] days = index.datePointDays;
        for (int i = 0; i < points.size(); i++) {
            long from = days[i] + (long) Math.floor((months - tolerance) * 30.44);
            long to = days[i] + (long) Math.ceil((months + tolerance) * 30.44);
            int j = java.util.Arrays.binarySearch(days, i + 1, days.length, from);
            j = j >= 0 ? j : -j - 1;
            while (j > i + 1 && days[j - 1] == from) {
                j--;
            }
            for (; j < days.length && days[j] <= to; j++) {
                double gap = Math.abs((days[j] - days[i]) / 30.44 - months);
                if (gap <= tolerance && gap < bestGap) {
                    bestGap = gap;
                    bestA = points.get(i);
                    bestB = points.get(j);
                }
                if (gap < 0.05) {
                    break;
                }
            }
        }
        if (bestA != null) {
            SourceIndex.DatePoint first = bestA.date().isBefore(bestB.date()) ? bestA : bestB;
            SourceIndex.DatePoint second = first == bestA ? bestB : bestA;
            double between = ChronoUnit.DAYS.between(first.date(), second.date()) / 30.44;
            List<Evidence> ev = new ArrayList<>();
            for (SourceIndex.DatePoint p : List.of(first, second)) {
                ev.add(p.mention() != null ? evidence(p.mention()) : DateRule.publication(p.doc()));
            }
            return Outcome.supported(String.format(Locale.ROOT, "dates %s → %s are %.1f months apart ≈ %s", first.label(), second.label(), between,
                    d.value.display()), ev);
        }
        Outcome part = partOfYear(d, months);
        if (part != null) {
            return part;
        }
        return Outcome.unsupported("no source gives " + d.value.display() + ", and no two dates in the sources are about " + d.value.display() + " apart");
    }

    private static final String[] HALVES = {"上半年", "下半年", "first half", "second half", "h1", "h2", "premier semestre", "second semestre",
        "half-year", "half year", "semestriel"};
    private static final String[] QUARTERS = {"季度", "财季", "quarter", "trimestre"};

    /** Six months are a half-year a source reports on ("上半年", "first half"), three months a quarter. */
    private Outcome partOfYear(Mention d, double months) {
        String[] words = Math.abs(months - 6) < 0.01 && d.hedge == Mention.Hedge.EXACT ? HALVES
                : Math.abs(months - 3) < 0.01 && d.hedge == Mention.Hedge.EXACT ? QUARTERS : null;
        if (words == null) {
            return null;
        }
        for (Doc doc : index.docs) {
            String lower = doc.folded.toLowerCase(java.util.Locale.ROOT);
            for (String w : words) {
                int at = lower.indexOf(w);
                if (at >= 0 && (Fold.isCjk(w.charAt(0)) || (at == 0 || !Character.isLetter(lower.charAt(at - 1))))) {
                    SourceIndex.Occurrence o = new SourceIndex.Occurrence(doc, at, at + w.length());
                    int sentence = doc.sentences.indexOf(at);
                    int ps = doc.sentences.start(sentence);
                    int pe = doc.sentences.end(sentence);
                    return Outcome.supported(d.value.display() + " is the " + (words == HALVES ? "half-year" : "quarter") + " of " + doc.label()
                            + ": " + doc.text.substring(at, at + w.length()), List.of(new org.newsdesk.claimcheck.Evidence(doc.sourceId,
                            doc.text.substring(ps, pe), ps, pe, doc.text.substring(o.start(), o.end()), o.start(), o.end(), doc.title)));
                }
            }
        }
        return null;
    }
}
