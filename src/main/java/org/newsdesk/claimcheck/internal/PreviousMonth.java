package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * A month that a source names as the one before a month it states: "7月，社会物流总额同比增长5.3%，比上月加快0.1个百分点" speaks of
 * June, "July sales fell 8% from the previous month" too. The draft's month is supported when a source sentence states the month
 * after it and says it compares with the month before ("上月", "环比", "previous month", "month on month", "mois précédent"); a
 * month two back stays unsupported.
 */
final class PreviousMonth {

    private static final Pattern CUE = Pattern.compile("(?i)上月|上个月|环比|前一个?月|previous\\s+month|prior\\s+month|month[\\s-]+on[\\s-]+month|a\\s+month\\s+earlier"
            + "|mois\\s+précédent|mois\\s+d'avant|sur\\s+un\\s+mois");

    private static final Pattern RANGE_END = Pattern.compile("(?i)(?:(?<![\\p{L}])(?:to|through|until|jusqu'à|jusqu'en)\\s+|(?<![\\p{L}])(?:de|d')\\s*\\p{L}+\\.?\\s+(?:à|au)\\s+|[-–—~至到]\\s*)$");

    private PreviousMonth() {}

    /** Supported when a source sentence states the next month and compares with the month before it; else null. */
    static Outcome support(Mention d, SourceIndex index) {
        if (d.kind != ClaimKind.DATE || !(d.value instanceof ClaimValue.DateValue v) || v.month() == 0 || v.day() != 0) {
            return null;
        }
        if (d.doc != null && RANGE_END.matcher(d.doc.folded.substring(Math.max(0, d.start - 20), d.start)).find()) {
            return null; // "de janvier à juin": the end of a range of months is the range's, not a month compared with the next
        }
        int next = v.month() % 12 + 1;
        for (Doc doc : index.docs) {
            for (List<Mention> sentence : doc.bySentence) {
                for (Mention s : sentence) {
                    if (s.kind != ClaimKind.DATE || !(s.value instanceof ClaimValue.DateValue sv) || sv.month() != next || sv.day() != 0
                            || CUE.matcher(s.text).find()
                            || v.year() != 0 && sv.year() != 0 && sv.year() != (next == 1 ? v.year() + 1 : v.year())) {
                        continue;
                    }
                    String text = doc.folded.substring(doc.sentences.start(s.sentence), doc.sentences.end(s.sentence));
                    if (CUE.matcher(text).find()) {
                        return Outcome.supported("the month before " + s.text.strip() + ": " + doc.label() + " compares " + s.text.strip()
                                + " with the month before", List.of(Rule.evidence(s)));
                    }
                }
            }
        }
        return null;
    }
}
