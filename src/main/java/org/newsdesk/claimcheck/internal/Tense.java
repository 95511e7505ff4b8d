package org.newsdesk.claimcheck.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words before a date, in its sentence, speak of the future ("will", "goes on sale", "starts", "sera",
 * "将", "预计") or of the past ("was", "appointed", "a nommé", "已", "了"): the nearest such word decides.
 */
final class Tense {

    enum Of { FUTURE, PAST, NONE }

    private static final Pattern FUTURE = Pattern.compile("(?i)(?<![\\p{L}])(?:will|'ll|shall|to\\s+be|set\\s+to|expected|scheduled|due|plans?|planned"
            + "|goes\\s+on|go\\s+on|starts?|begins?|opens?|launch(?:es)?|upcoming|coming|next|ahead\\s+of|sera|seront|va|vont|doit|doivent|devrait"
            + "|devraient|prévue?s?|prochaine?s?|à\\s+partir\\s+du?)(?![\\p{L}])|将|预计|计划|拟|有望|即将|起");
    private static final Pattern PAST = Pattern.compile("(?i)(?<![\\p{L}])(?:was|were|had|did|last|ago|earlier|since|[a-z]{3,}ed|avait|avaient|ont|a\\s+été"
            + "|dernière?|[a-zé]{3,}é(?:e|s|es)?)(?![\\p{L}])|已|了|曾");

    private static final int WINDOW = 80;

    private Tense() {}

    static Of before(Mention m) {
        if (m.doc == null) {
            return Of.NONE;
        }
        String t = m.doc.folded;
        int from = Math.max(m.doc.sentences.start(m.sentence), m.start - WINDOW);
        String window = t.substring(from, m.start);
        int future = last(FUTURE.matcher(window));
        int past = last(PAST.matcher(window));
        if (future < 0 && past < 0) {
            return Of.NONE;
        }
        return future > past ? Of.FUTURE : Of.PAST;
    }

    private static int last(Matcher m) {
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }
}
