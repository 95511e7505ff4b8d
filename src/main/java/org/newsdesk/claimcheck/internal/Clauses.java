package org.newsdesk.claimcheck.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ties a figure to what its clause is about when no name says it: in "Cloud revenue grew 32% while search
 * revenue grew 12%", 32% is cloud's. A draft figure whose clause shares no distinctive word with the source
 * clause of the same value, while it shares one with the clause of another figure of that sentence, has been
 * moved ("Search revenue grew 32%"). Only texts in the same language are compared word for word.
 */
final class Clauses {

    private static final Pattern WORD = Pattern.compile("[a-zà-öø-ÿ][a-zà-öø-ÿ-]{2,}");
    private static final Set<String> GENERIC = Set.of("grew", "grow", "grows", "rose", "rise", "rises", "fell", "fall", "falls", "reached", "reach",
            "hit", "hits", "jumped", "climbed", "dropped", "declined", "increased", "decreased", "gained", "lost", "posted", "recorded",
            "reported", "while", "whereas", "percent", "billion", "million", "trillion", "year", "quarter", "from", "compared", "earlier",
            "estimated", "expected", "about", "around", "nearly", "almost", "some", "est", "sont", "ont", "été", "contre", "hausse",
            "baisse", "progressé", "crû", "atteint", "tandis", "alors", "milliards", "millions", "euros", "dollars", "pour", "cent",
            "also", "was", "were", "has", "had", "per", "share", "rate",
            // directions and units of measure say how a figure moved or what it is counted in, not whose it is
            "down", "higher", "lower", "last", "ago", "barrel", "barrels", "ounce", "ounces", "tonne", "tonnes", "ton", "tons", "gallon",
            "gallons", "baril", "barils", "once", "onces");

    private static final Set<String> FUNCTION = Set.of("the", "and", "for", "its", "his", "her", "their", "with", "that", "this", "these",
            "those", "than", "then", "into", "onto", "over", "under", "after", "before", "which", "who", "whom", "whose", "what", "when",
            "where", "all", "any", "both", "each", "other", "such", "only", "own", "same", "very", "will", "would", "could", "should", "may",
            "might", "can", "not", "are", "been", "being", "have", "having", "does", "did", "les", "des", "une", "dans", "pour", "par", "sur",
            "avec", "son", "ses", "leur", "leurs", "qui", "que", "dont", "aux", "cette", "ces", "mais", "plus", "moins", "très", "tout",
            "revenue", "revenues", "sales", "company", "companies", "firm", "group", "chiffre", "affaires", "société", "entreprise");

    private Clauses() {}

    /** Why the source figure {@code s} is not the draft figure {@code d}'s, by its clause; null when nothing says so. */
    static String otherClause(Mention d, Mention s) {
        if (!d.doc.language.equals(s.doc.language)) {
            return null;
        }
        if ("zh".equals(d.doc.language)) {
            return ChineseLabels.otherLabel(d, s);
        }
        Set<String> draft = words(d.doc, d);
        if (draft.isEmpty()) {
            return null;
        }
        int[] own = clauseOf(s);
        Set<String> sourceWords = words(s.doc.folded, own);
        if (draft.stream().anyMatch(sourceWords::contains)) {
            return null;
        }
        for (Mention x : s.doc.bySentence.get(s.sentence)) {
            if (x == s || x.kind != s.kind) {
                continue;
            }
            int[] other = clauseOf(x);
            if (other[0] == own[0]) {
                continue;
            }
            Set<String> otherWords = words(s.doc.folded, other);
            for (String w : draft) {
                if (otherWords.contains(w)) {
                    return "swapped: in " + s.doc.label() + " " + s.text + " goes with \"" + s.doc.folded.substring(own[0], own[1]).strip()
                            + "\"; \"" + w + "\" goes with " + x.text;
                }
            }
        }
        return null;
    }

    private static int[] clauseOf(Mention m) {
        return Names.clause(m.doc.folded, m.doc.sentences.start(m.sentence), m.doc.sentences.end(m.sentence), m.start);
    }

    private static Set<String> words(Doc doc, Mention m) {
        return words(doc.folded, clauseOf(m));
    }

    private static Set<String> words(String text, int[] span) {
        Set<String> out = new HashSet<>();
        Matcher w = WORD.matcher(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        while (w.find()) {
            String word = w.group();
            if (!FUNCTION.contains(word) && !GENERIC.contains(word) && !Lexicon.NOT_NAMES.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }
}
