package org.newsdesk.claimcheck.internal;

import java.util.List;

import org.newsdesk.claimcheck.ClaimKind;

/**
 * Whether a draft's sentence is about the source sentences two figures come from: it names something of each (a name, a
 * month, a year) that the other's sentence does not name ("Acme sold 215 cars in January and February" for "Acme sold 120
 * cars in January. In February it sold 95 cars."). A second sign, beside the value, that the draft combines those two
 * figures, so that a sum across sentences need not be said in words ("in total").
 */
final class SentenceTies {

    private SentenceTies() {}

    /** Whether the draft figure's sentence names something only a's sentence names and something only b's does. */
    static boolean tiedToBoth(Mention d, Mention a, Mention b) {
        if (d.doc == null || d.sentence < 0 || d.sentence >= d.doc.bySentence.size() || a.doc == null || a.sentence == b.sentence) {
            return false;
        }
        List<Mention> draft = d.doc.bySentence.get(d.sentence);
        List<Mention> first = a.doc.bySentence.get(a.sentence);
        List<Mention> second = b.doc.bySentence.get(b.sentence);
        boolean tiedA = false;
        boolean tiedB = false;
        for (Mention x : draft) {
            if (x.kind != ClaimKind.ENTITY && x.kind != ClaimKind.DATE) {
                continue;
            }
            boolean inA = named(x, first);
            boolean inB = named(x, second);
            tiedA |= inA && !inB;
            tiedB |= inB && !inA;
        }
        return tiedA && tiedB;
    }

    private static boolean named(Mention x, List<Mention> sentence) {
        for (Mention s : sentence) {
            if (s.kind != x.kind) {
                continue;
            }
            if (x.kind == ClaimKind.ENTITY ? x.sameEntity(s) : x.value.equals(s.value) || Rule.compact(x.text).equals(Rule.compact(s.text))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the draft figure's sentence also states one of the two figures it is made from ("Of the 24 brokers, 19…" for 24 − 5). */
    static boolean statesAnOperand(Mention d, Mention a, Mention b) {
        if (d.doc == null || d.sentence < 0 || d.sentence >= d.doc.bySentence.size()) {
            return false;
        }
        for (Mention x : d.doc.bySentence.get(d.sentence)) {
            if (x != d && x.kind == d.kind && !otherEnd(d, x) && (Rule.sameValue(x, a) || Rule.sameValue(x, b))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern RANGE_GAP = java.util.regex.Pattern.compile("(?i)\\s*(?:to|-|–|—|à|au|and|et|or|ou|至|到|~)\\s*");

    /** Whether x and d are the two ends of a range ("25 to 75 basis points"): one end is no operand of the other. */
    private static boolean otherEnd(Mention d, Mention x) {
        int from = Math.min(d.end, x.end);
        int to = Math.max(d.start, x.start);
        return to >= from && to - from <= 8 && RANGE_GAP.matcher(d.doc.folded.substring(from, to)).matches();
    }
}
