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
            } else if (Lexicon.compatibleUnits(u, c.unit())) {
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
