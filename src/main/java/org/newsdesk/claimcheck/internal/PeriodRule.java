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
        return Outcome.unsupported("no source gives " + d.value.display() + ", and no two dates in the sources are about " + d.value.display() + " apart");
    }
}
