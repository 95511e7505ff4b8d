package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.Evidence;

/**
 * An amount or a count that no source states but that two figures of one source make, stated correctly: their sum
 * ("2,680 cars" for 1,250 in January and 1,430 in February), their difference ("$9 million more" for $12 million
 * from $3 million), or a share or change of one by a percentage beside it ("600 of its 2,000 staff" for 30%). The
 * operands are of the same kind (an amount in the same currency, a count of the same thing) and in one sentence of a
 * source, or in neighbouring ones when the draft's sentence says it adds or compares ("in total", "more", "合计") or writes
 * the figure to four digits or more; the result must equal the draft's figure to the digits the draft writes,
 * so a wrong sum stays unsupported. Operands in neighbouring sentences also count when the draft's sentence names what each
 * of them is said of ("sold 215 cars in January and February" for 120 in January and 95 in February: {@link SentenceTies}).
 * Three figures of one source sentence may add up too ("$100 million since 2021" for $12, $30 and $58 million). A one-digit figure ("$9 million") only as the exact sum or difference of two
 * figures of one sentence: looser, too many pairs would make it by chance.
 */
final class Derived {

    /** How far apart, in sentences, the two operands of a sum or a difference may be. */
    private static final int SENTENCES_APART = 1;

    /** Words by which a draft says a figure adds up or compares others. */
    private static final Pattern CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:total(?:l?ed|ing|s)?|combined|together|altogether|in\\s+all|sum|overall"
            + "|more|fewer|less|gap|difference|au\\s+total|en\\s+tout|cumul[ée]?s?|de\\s+plus|de\\s+moins|soit|ensemble)(?![\\p{L}])|合计|共计|总计|总共|一共|累计|多出?|少了?|差距|相差");

    private Derived() {}

    /** Two source figures and what they make: a sum, a difference, or a share (a figure times a percentage). */
    record Made(double value, Mention a, Mention b, String expression, boolean sameSentence, boolean share) {}

    /**
     * Every sum and difference of two amounts or counts of one source in the same or neighbouring sentences, and every
     * share of a figure by a percentage of its sentence, by value: made once per set of sources.
     */
    static NavigableMap<Double, List<Made>> table(SourceIndex index) {
        NavigableMap<Double, List<Made>> t = index.derivedFigures;
        if (t != null) {
            return t;
        }
        t = new TreeMap<>();
        for (Doc doc : index.docs) {
            List<Mention> operands = new ArrayList<>();
            List<Mention> percents = new ArrayList<>();
            for (Mention m : doc.mentions) {
                if (m.kind == ClaimKind.PERCENT && m.number() > 0 && m.number() < 100) {
                    percents.add(m);
                } else if ((m.kind == ClaimKind.AMOUNT || m.kind == ClaimKind.COUNT) && m.number() > 0) {
                    operands.add(m);
                }
            }
            for (int i = 0; i < operands.size(); i++) {
                Mention a = operands.get(i);
                for (int j = i + 1; j < operands.size() && operands.get(j).sentence - a.sentence <= SENTENCES_APART; j++) {
                    Mention b = operands.get(j);
                    if (!sameKind(a, b)) {
                        continue;
                    }
                    boolean same = a.sentence == b.sentence;
                    add(t, new Made(a.number() + b.number(), a, b, a.text + " + " + b.text, same, false));
                    Mention big = a.number() >= b.number() ? a : b;
                    Mention small = big == a ? b : a;
                    if (big.number() > small.number()) {
                        add(t, new Made(big.number() - small.number(), big, small, big.text + " − " + small.text, same, false));
                    }
                }
                for (int j = i + 1; j < operands.size() && operands.get(j).sentence == a.sentence; j++) {
                    for (int k = j + 1; k < operands.size() && operands.get(k).sentence == a.sentence && k - i <= 6; k++) {
                        Mention b = operands.get(j);
                        Mention c = operands.get(k);
                        if (sameKind(a, b) && sameKind(a, c)) {
                            add(t, new Made(a.number() + b.number() + c.number(), a, c, a.text + " + " + b.text + " + " + c.text, true, false));
                        }
                    }
                }
                for (Mention p : percents) {
                    if (p.sentence == a.sentence) {
                        add(t, new Made(a.number() * p.number() / 100, a, p, p.text + " of " + a.text, true, true));
                    }
                }
            }
        }
        index.derivedFigures = t;
        return t;
    }

    private static void add(NavigableMap<Double, List<Made>> t, Made m) {
        t.computeIfAbsent(m.value(), k -> new ArrayList<>(1)).add(m);
    }

    private static boolean sameKind(Mention a, Mention b) {
        return a.kind == b.kind && comparable(a, b);
    }

    /** Supported as a sum, a difference or a share of source figures, or {@code null}. */
    static Outcome support(Mention d, SourceIndex index) {
        if (d.kind != ClaimKind.AMOUNT && d.kind != ClaimKind.COUNT || d.number() <= 0) {
            return null;
        }
        double v = d.number();
        Boolean cued = null;
        for (List<Made> made : table(index).subMap(v / 1.2, true, v * 1.2, true).values()) {
            for (Made m : made) {
                if (!comparable(d, m.a()) || !m.share() && !comparable(d, m.b()) || !matches(d, m.value())) {
                    continue;
                }
                if (m.share() && d.digits < 2) {
                    continue;
                }
                if (!m.sameSentence()) {
                    if (d.digits < 2) {
                        continue;
                    }
                    if (cued == null) {
                        cued = cued(d) || precise(d);
                    }
                    if (!cued && !SentenceTies.tiedToBoth(d, m.a(), m.b()) && !SentenceTies.statesAnOperand(d, m.a(), m.b())) {
                        continue;
                    }
                }
                return found(d, m.expression(), m.value(), m.a(), m.b());
            }
        }
        return null;
    }

    /**
     * Whether the draft writes its figure exactly to four digits or more ("31,689 vehicles"): two neighbouring sentences'
     * figures make such a value by chance too rarely to ask the draft to say that it adds ("Nio and XPeng delivered
     * 31,689 vehicles" for 20,544 and 11,145).
     */
    private static boolean precise(Mention d) {
        return d.digits >= 4 && d.hedge == Mention.Hedge.EXACT;
    }

    /** Whether the draft's sentence says it adds or compares ("in total", "more than", "合计", "de plus"). */
    static boolean cued(Mention d) {
        if (d.doc == null || d.sentence < 0) {
            return false;
        }
        Sentences s = d.doc.sentences;
        return CUE.matcher(d.doc.folded.substring(s.start(d.sentence), s.end(d.sentence))).find();
    }

    private static Outcome found(Mention d, String expression, double value, Mention a, Mention b) {
        return Outcome.supported("derived: " + expression + " = " + Rule.plain(Rule.roundTo(value, Math.max(3, d.digits))) + " (" + a.doc.label() + ")",
                List.of(evidence(a), evidence(b)));
    }

    private static Evidence evidence(Mention s) {
        return Rule.evidence(s);
    }

    /** Whether a source figure can be an operand for the draft's: an amount in its currency, or a count of the same thing. */
    static boolean comparable(Mention d, Mention s) {
        if (s.kind != d.kind) {
            return false;
        }
        if (d.kind == ClaimKind.AMOUNT) {
            return ((ClaimValue.Amount) d.value).currency().equals(((ClaimValue.Amount) s.value).currency());
        }
        String du = ((ClaimValue.Count) d.value).unit();
        String su = ((ClaimValue.Count) s.value).unit();
        return du == null || su == null || Lexicon.compatibleUnits(du, su);
    }

    /** Whether a derived value is the draft's figure, within the rounding and the hedge the draft writes it with. */
    static boolean matches(Mention d, double value) {
        double v = d.number();
        if (value <= 0) {
            return false;
        }
        if (d.digits < 2) {
            return Rule.equal(value, v);
        }
        return switch (d.hedge) {
            case EXACT -> Rule.equal(Rule.roundTo(value, d.digits), v);
            case APPROX -> Math.abs(value - v) <= 0.05 * v;
            case AT_LEAST -> value >= v * 0.999 && value <= v * 1.15;
            case AT_MOST -> value <= v * 1.001 && value >= v * 0.85;
        };
    }
}
