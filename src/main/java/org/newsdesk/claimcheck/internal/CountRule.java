package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;

import org.newsdesk.claimcheck.ClaimValue;

/** Counts: supported by a source count of the same value that counts the same thing ("13,800 GPUs" is no "13,800 employees"). */
final class CountRule extends Rule {

    CountRule(Verifier check) {
        super(check);
    }

    @Override
    Outcome verify(Mention d) {
        return count(d);
    }

    private Outcome count(Mention d) {
        Outcome o = countOrMissing(d);
        if (o.verdict() == org.newsdesk.claimcheck.Verdict.SUPPORTED) {
            return o;
        }
        Outcome named = partOfName(d);
        if (named != null) {
            return named;
        }
        Outcome listed = ListCount.support(d, index);
        if (listed == null) {
            listed = FirstMonths.support(d, index);
        }
        return listed != null ? listed : o;
    }


    /**
     * A bare number right after a capitalised word that a source writes together with it ("Destiny 2", "Falcon 9") is
     * part of that name, not a figure of its own.
     */
    private Outcome partOfName(Mention d) {
        String text = d.doc.text;
        String number = text.substring(d.start, d.end);
        if (d.start < 2 || text.charAt(d.start - 1) != ' ' || !number.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int w = d.start - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        if (w == d.start - 1 || !Character.isUpperCase(text.charAt(w))) {
            return null;
        }
        String name = text.substring(w, d.end);
        for (Doc s : index.docs) {
            for (int at = s.text.indexOf(name); at >= 0; at = s.text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean whole = (at == 0 || !Character.isLetter(s.text.charAt(at - 1))) && (end == s.text.length() || !Character.isLetterOrDigit(s.text.charAt(end)));
                if (whole) {
                    int ps = s.sentences.start(s.sentences.indexOf(at));
                    int pe = s.sentences.end(s.sentences.indexOf(at));
                    return Outcome.supported("part of the name " + name + " as the source writes it",
                            List.of(new org.newsdesk.claimcheck.Evidence(s.sourceId, s.text.substring(ps, pe), ps, pe, name, at, end, s.title)));
                }
            }
        }
        return null;
    }

    private Outcome countOrMissing(Mention d) {
        ClaimValue.Count c = (ClaimValue.Count) d.value;
        if (c.unit() == null) {
            List<Mention> found = candidates(index.figures, d);
            return found.isEmpty() ? Outcome.unsupported(missing(d, index.figures)) : attach(d, found, "");
        }
        List<Mention> found = candidates(index.counts, d);
        List<Mention> sameUnit = new ArrayList<>();
        List<Mention> noUnit = new ArrayList<>();
        Mention other = null;
        for (Mention s : found) {
            String u = ((ClaimValue.Count) s.value).unit();
            if (u == null) {
                noUnit.add(s);
            } else if (Lexicon.compatibleUnits(u, c.unit()) || CountUnits.shareAUnit(d, s)) {
                sameUnit.add(s);
            } else if (other == null) {
                other = s;
            }
        }
        if (!sameUnit.isEmpty()) {
            return attach(d, sameUnit, "");
        }
        if (other != null) {
            return Outcome.unsupported("different meaning: in " + other.doc.label() + " " + other.text + " counts "
                    + ((ClaimValue.Count) other.value).unit() + ", not " + c.unit());
        }
        if (!noUnit.isEmpty()) {
            return attach(d, noUnit, " (the source does not say what it counts)");
        }
        return Outcome.unsupported(missing(d, index.counts));
    }
}
