package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.Locale;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * Percentages: supported by the same percentage in a source, or derived from two figures of the draft's sentence
 * or of the sources (a change, a share), or a difference in points between two percentages of a source sentence.
 */
final class PercentRule extends Rule {

    PercentRule(Verifier check) {
        super(check);
    }

    @Override
    Outcome verify(Mention d) {
        return percent(d);
    }

    private Outcome percent(Mention d) {
        List<Mention> found = candidates(index.percents, d);
        if (!found.isEmpty()) {
            return attach(d, found, "");
        }
        double p = d.number();
        List<Mention> sentence = d.doc.bySentence.get(d.sentence);
        for (Mention a : sentence) {
            for (Mention b : sentence) {
                if (a == b || !comparable(a, b) || b.number() == 0) {
                    continue;
                }
                double q = a.number() / b.number();
                double[] derived = {(q - 1) * 100, q * 100, (1 - q) * 100};
                String[] how = {" − 1", "", "1 − "};
                for (int i = 0; i < derived.length; i++) {
                    if (derived[i] > 0 && (equal(roundTo(derived[i], d.digits), p) || d.hedge != Mention.Hedge.EXACT && Math.abs(derived[i] - p) <= 0.1 * p)) {
                        String ratio = ratioText(a, b);
                        String expr = i == 2 ? "1 − " + ratio : ratio + how[i];
                        return Outcome.supported(String.format(Locale.ROOT, "derived: %s = %s%%", expr, plain(roundTo(derived[i], 3))), List.of());
                    }
                }
            }
        }
        Outcome derived = Ratios.derivedPercent(d, index);
        if (derived != null) {
            return derived;
        }
        for (List<Mention[]> pairs : index.percentDifferences.subMap(p * 0.85, true, p * 1.15, true).values()) {
            for (Mention[] pair : pairs) {
                double diff = pair[0].number() - pair[1].number();
                if (equal(roundTo(diff, d.digits), p) || d.hedge != Mention.Hedge.EXACT && Math.abs(diff - p) <= 0.1 * p) {
                    return Outcome.supported("derived: " + pair[0].text + " − " + pair[1].text + " = " + plain(roundTo(diff, 3))
                            + " points (" + pair[0].doc.label() + ")", List.of(evidence(pair[0]), evidence(pair[1])));
                }
            }
        }
        return Outcome.unsupported(missing(d, index.percents));
    }

    private static boolean comparable(Mention a, Mention b) {
        if (a.kind == ClaimKind.AMOUNT && b.kind == ClaimKind.AMOUNT) {
            return ((ClaimValue.Amount) a.value).currency().equals(((ClaimValue.Amount) b.value).currency());
        }
        if (a.kind == ClaimKind.COUNT && b.kind == ClaimKind.COUNT) {
            String ua = ((ClaimValue.Count) a.value).unit();
            return ua != null && ua.equals(((ClaimValue.Count) b.value).unit());
        }
        return false;
    }
}
