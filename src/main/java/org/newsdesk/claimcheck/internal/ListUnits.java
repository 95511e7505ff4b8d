package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * A currency written once for a list, after its last figure: "2,76 milliards (+106 %) et 2,05 milliards de dollars",
 * "$1.2 to 1.5 billion" aside, "1.2 billion and 1.5 billion euros". A large figure with a scale word ("milliards",
 * "billion", "亿") but no currency or unit, followed in its sentence by an amount with nothing between them but a
 * joining word and percentages, is an amount in that amount's currency.
 */
final class ListUnits {

    /** What may stand between two figures of one list: joining words, punctuation, a percentage in brackets. */
    private static final Pattern JOIN = Pattern.compile("[\\s\\u00A0\\u202F,;、，(（)）+\\-–/%\\d.]*(?:and|et|or|ou|to|à|versus|vs\\.?|contre|against|和|与|及|或|至|到)?[\\s\\u00A0\\u202F,;、，(（)）+\\-–/%\\d.]*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_GAP = 40;

    private ListUnits() {}

    static void inheritBackwards(List<Mention> mentions, Sentences sentences, String folded) {
        for (int i = mentions.size() - 2; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (!(m.value instanceof ClaimValue.Count c) || c.unit() != null || c.value() < 100_000
                    || m.text.chars().allMatch(ch -> Character.isDigit(ch) || ",. \u00A0\u202F".indexOf(ch) >= 0)) {
                continue;
            }
            int j = i + 1;
            while (j < mentions.size() && mentions.get(j).kind == ClaimKind.PERCENT) {
                j++;
            }
            if (j >= mentions.size() || !(mentions.get(j).value instanceof ClaimValue.Amount a)) {
                continue;
            }
            Mention next = mentions.get(j);
            if (sentences.indexOf(next.start) != sentences.indexOf(m.start) || next.start - m.end > MAX_GAP || next.start < m.end
                    || !JOIN.matcher(folded.substring(m.end, next.start)).matches()) {
                continue;
            }
            mentions.set(i, m.inCurrency(a.currency()));
        }
    }
}
