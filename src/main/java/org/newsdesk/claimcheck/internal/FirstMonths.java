package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * A count of the first months of the year that a source writes as a range from January: "the first seven months",
 * "les sept premiers mois", "前7个月" for "1-7月份" or "January to July". A wrong count ("the first six months") finds no range
 * ending in that month and stays unsupported.
 */
final class FirstMonths {

    private static final Pattern EN_BEFORE = Pattern.compile("(?i)first\\s+$");
    private static final Pattern EN_AFTER = Pattern.compile("(?i)\\s+months(?![\\p{L}])");
    private static final Pattern FR_AFTER = Pattern.compile("(?i)\\s+premiers\\s+mois(?![\\p{L}])");
    private static final Pattern ZH_BEFORE = Pattern.compile("前$");
    private static final Pattern ZH_AFTER = Pattern.compile("个?月");

    private FirstMonths() {}

    static Outcome support(Mention d, SourceIndex index) {
        if (d.kind != ClaimKind.COUNT || d.doc == null || d.number() < 2 || d.number() > 12 || d.number() != Math.rint(d.number())) {
            return null;
        }
        String t = d.doc.folded;
        String before = t.substring(Math.max(0, d.start - 8), d.start);
        int to = Math.min(t.length(), d.end + 20);
        boolean first = EN_BEFORE.matcher(before).find() && EN_AFTER.matcher(t).region(d.end, to).lookingAt()
                || FR_AFTER.matcher(t).region(d.end, to).lookingAt()
                || ZH_BEFORE.matcher(before).find() && ZH_AFTER.matcher(t).region(d.end, to).lookingAt();
        if (!first) {
            return null;
        }
        int last = (int) d.number();
        for (Doc doc : index.docs) {
            List<Mention> ms = doc.mentions;
            for (int i = 0; i + 1 < ms.size(); i++) {
                Mention a = ms.get(i);
                Mention b = ms.get(i + 1);
                if (a.kind == ClaimKind.DATE && b.kind == ClaimKind.DATE && a.value instanceof ClaimValue.DateValue av && av.month() == 1 && av.day() == 0
                        && b.value instanceof ClaimValue.DateValue bv && bv.month() == last && bv.day() == 0 && b.start - a.end <= 4) {
                    return Outcome.supported("the first " + last + " months: " + doc.label() + " gives " + doc.text.substring(a.start, b.end),
                            List.of(Rule.evidence(b)));
                }
            }
        }
        return null;
    }
}
