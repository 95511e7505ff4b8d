package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.Verdict;

/**
 * Amounts: supported by a source amount in the same currency with the same value within the draft's rounding,
 * of the same kind of money (raised, valuation, revenue…) and said of the same name ({@link Rule#attach}). An
 * amount in a currency no source gives it in is an unsourced conversion when it is about what another amount
 * beside it, or in the sources, comes to at a plausible exchange rate.
 */
final class AmountRule extends Rule {

    AmountRule(Verifier check) {
        super(check);
    }

    @Override
    Outcome verify(Mention d) {
        return amount(d);
    }

    private Outcome amount(Mention d) {
        ClaimValue.Amount a = (ClaimValue.Amount) d.value;
        List<Mention> found = candidates(index.amounts.get(a.currency()), d);
        if (!found.isEmpty()) {
            List<Mention> sameMeaning = found.stream().filter(s -> d.meaning == null || s.meaning == null || d.meaning.equals(s.meaning)).toList();
            if (sameMeaning.isEmpty()) {
                Mention other = found.get(0);
                return Outcome.unsupported("different meaning: in " + other.doc.label() + " " + other.text + " is " + other.meaning
                        + ", not " + d.meaning);
            }
            return attach(d, sameMeaning, "");
        }
        List<Mention> bare = "CNY".equals(a.currency()) ? Rule.candidates(index.counts, d).stream().filter(AmountRule::yuanImplied).toList() : List.of();
        if (!bare.isEmpty()) {
            return attach(d, bare, " (the source writes no currency: a Chinese figure in 万 or 亿 is in yuan)");
        }
        Mention partner = conversionPartner(d);
        if (partner != null) {
            ClaimValue.Amount p = (ClaimValue.Amount) partner.value;
            double rate = a.value() / p.value();
            double[] band = rateBand(p.currency(), a.currency());
            if (band != null) {
                String rateText = String.format(Locale.ROOT, "%.3f %s per %s", rate, a.currency(), p.currency());
                if (rate >= band[0] && rate <= band[1]) {
                    return new Outcome(Verdict.UNSOURCED_CONVERSION, "converted from " + partner.text + " at " + rateText
                            + "; no source gives this " + a.currency() + " figure", List.of());
                }
                return Outcome.unsupported("as a conversion of " + partner.text + " it implies " + rateText
                        + ", which is no plausible rate; no source gives this " + a.currency() + " figure");
            }
        }
        for (Map.Entry<String, NavigableMap<Double, List<Mention>>> e : index.amounts.entrySet()) {
            double[] band = rateBand(e.getKey(), a.currency());
            if (e.getKey().equals(a.currency()) || band == null) {
                continue;
            }
            double mid = (band[0] + band[1]) / 2;
            Mention closest = null;
            for (List<Mention> ms : e.getValue().subMap(a.value() / band[1], true, a.value() / band[0], true).values()) {
                for (Mention s : ms) {
                    if (closest == null || Math.abs(a.value() / s.number() - mid) < Math.abs(a.value() / closest.number() - mid)) {
                        closest = s;
                    }
                }
            }
            if (closest != null) {
                return new Outcome(Verdict.UNSOURCED_CONVERSION, "looks like " + closest.text + " (" + closest.doc.label()
                        + ") converted at " + String.format(Locale.ROOT, "%.3f %s per %s", a.value() / closest.number(), a.currency(), e.getKey())
                        + "; no source gives this " + a.currency() + " figure", List.of());
            }
        }
        return Outcome.unsupported(missing(d, index.amounts.get(a.currency())));
    }

    /** A figure in 万 or 亿 of a Chinese source that says neither what it counts nor its currency ("总票房破32亿"): yuan. */
    private static boolean yuanImplied(Mention s) {
        return s.kind == ClaimKind.COUNT && s.wanYi && ((ClaimValue.Count) s.value).unit() == null && s.doc != null && "zh".equals(s.doc.language);
    }

    /** Units of {@code to} per unit of {@code from}, as wide as the rates of the last decade. */
    static double[] rateBand(String from, String to) {
        double[] f = Lexicon.usdBand(from);
        double[] t = Lexicon.usdBand(to);
        if (f == null || t == null) {
            return null;
        }
        return new double[] {f[0] / t[1], f[1] / t[0]};
    }
}
