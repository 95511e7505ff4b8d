package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * An age a draft writes in years ("Parise, 35 ans", "35-year-old Parise", "35岁的帕里斯") that a source gives the way the press
 * gives ages: a bare number set off by commas after a name ("Parise, 35, had scored"), or "aged 35", "35 ans", "35岁". Another
 * age stays unsupported.
 */
final class Ages {

    private static final Pattern DRAFT_AGE = Pattern.compile("(?i)^(?:\\s*ans|\\s*-?\\s*years?[\\s-]+old|-year-old|\\s*岁|\\s*周岁)");
    private static final Pattern DRAFT_AGE_TEXT = Pattern.compile("(?i)(?:ans|years?[\\s-]+old|岁)$");
    private static final Pattern SOURCE_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*,\\s*|(?i:aged|âgée?s?\\s+de)\\s+)$");
    private static final Pattern SOURCE_AFTER = Pattern.compile("(?i)^(?:\\s*,|\\s*ans|\\s*years?[\\s-]+old|-year-old|\\s*岁)");

    private Ages() {}

    static Outcome support(Mention d, SourceIndex index) {
        if (d.kind != ClaimKind.PERIOD || d.doc == null) {
            return null;
        }
        double years = d.number() / 12;
        if (years != Math.rint(years) || years < 10 || years > 110) {
            return null;
        }
        String t = d.doc.folded;
        boolean age = DRAFT_AGE_TEXT.matcher(d.text.strip()).find() || DRAFT_AGE.matcher(t.substring(d.end, Math.min(t.length(), d.end + 12))).find();
        if (!age) {
            return null;
        }
        for (Doc doc : index.docs) {
            for (Mention s : doc.mentions) {
                if (s.kind != ClaimKind.COUNT || s.number() != years || ((ClaimValue.Count) s.value).unit() != null) {
                    continue;
                }
                String before = doc.folded.substring(Math.max(0, s.start - 30), s.start);
                String after = doc.folded.substring(s.end, Math.min(doc.folded.length(), s.end + 12));
                if (SOURCE_BEFORE.matcher(before).find() && SOURCE_AFTER.matcher(after).find()) {
                    return Outcome.supported("an age: " + doc.label() + " gives " + doc.folded.substring(Math.max(0, s.start - 12), s.end + 1).strip(),
                            List.of(Rule.evidence(s)));
                }
            }
        }
        return null;
    }
}
