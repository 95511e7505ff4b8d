package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;

/**
 * The entity each figure belongs to, in a source and in a draft alike, beyond the name right before it in its
 * sentence ({@link Doc#extract}):
 *
 * <ul>
 * <li><b>An item of a list</b> that names its own entity and leaves the verb out: in "Vipshop fell 10.85% and Quhuo
 * 17.55%" or "Mistral a levé 600 millions, Hugging Face 235 millions" the second figure belongs to the name that opens
 * its item ("Quhuo"), even when the name finder did not take that word for a name (a word in another script, "iQiyi").
 * <li><b>A sentence that speaks of its entity by a pronoun or a common noun</b> ("It", "The company", "The Paris-based
 * startup", "La société", "Elle", "该公司", "其") and names no entity before the figure: the figure belongs to the entity
 * the sentence before is about (its first name that is no place and follows no preposition), resolved in turn when that
 * sentence also speaks of it so, up to three sentences back.
 * </ul>
 *
 * Each owner found so is the figure's {@link Mention#subject}, with {@link Mention#subjectHow} saying how, so that every
 * rule that ties a figure to its name ({@link Rule#attach}, {@link Attribution}) reads the same owner.
 */
final class Owners {

    /** A pronoun or a common noun standing for the entity a text speaks of (folded text, so apostrophes are straight). */
    private static final Pattern ANAPHOR = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:it|its|the\\s+(?!(?:[\\p{L}-]+\\s+){0,2}?(?:central|federal|national|world|reserve|european|people's|state|public)\\s)"
            + "(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:company|startup|start-up|firm|group|lab|laboratory|maker|chipmaker|carmaker|automaker|developer|bank|lender|insurer"
            + "|retailer|operator|giant|unicorn|business|platform|conglomerate|manufacturer|producer|provider|supplier|publisher|airline"
            + "|carrier|unit|subsidiary|parent|outfit|newcomer|challenger|rival)(?:'s)?"
            + "|il(?!\\s+(?:y\\s+a|faut|s'agit|est\\s+(?:possible|probable|prévu)))|elle|la\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:société|start-up|startup|jeune\\s+pousse|firme|entreprise|banque|pépite|licorne|filiale"
            + "|maison\\s+mère)|l'(?:[\\p{L}-]+\\s+)?(?:entreprise|éditeur)|le\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:groupe|laboratoire|constructeur|fabricant"
            + "|géant|éditeur|spécialiste|champion|leader|concepteur|fondeur))(?![\\p{L}\\p{N}])"
            + "|(?:该|这家|此|这一)(?:公司|集团|企业|银行|平台|机构|车企|厂商)|(?<![\\p{IsHan}])(?:公司|集团)(?=[^\\p{IsHan}]|[\\p{IsHan}])|(?<![\\p{IsHan}])其(?=[\\p{IsHan}])");

    /** Pronouns, which stand for the entity of the sentence before only where they open a clause ("It raised", "Its revenue", "Elle a levé"). */
    private static final Pattern PRONOUN = Pattern.compile("(?i)it|its|il|elle");

    /** A word joining list items: a comma, "and", "et", "while", a semicolon, 、 or ，. */
    private static final Pattern ITEM_OPENER = Pattern.compile("(?i)(?:[,;，；、]|(?<![\\p{L}])(?:and|et|while|whereas|with|plus|versus|vs\\.?))\\s*$");

    /** A short word between an item's name and its figure: "Baidu AI Cloud at 16.0%", "Hugging Face avec 235 millions". */
    private static final Pattern CONNECTOR = Pattern.compile("(?i)(?<![\\p{L}])(?:at|with|on|of|to|à|avec|de|pour|for)\\s*$");

    private static final int MAX_BACK = 3;

    private Owners() {}

    /** Sets the owner of each figure of a text whose owner its own sentence does not name right before it. */
    static void assign(Doc doc) {
        for (List<Mention> sentence : doc.bySentence) {
            boolean earlierOwned = false;
            for (Mention m : sentence) {
                if (!m.isFigure()) {
                    continue;
                }
                Mention item = earlierOwned ? listItemName(doc, m, sentence) : null;
                if (item != null && (m.subject == null || !item.sameEntity(m.subject))) {
                    m.subject = item;
                    m.subjectHow = "the name that opens its item of the list";
                } else if (m.subject == null) {
                    resolve(doc, m, sentence);
                }
                earlierOwned |= m.subject != null;
                if (m.subject == null && "zh".equals(doc.language)) {
                    m.labelOwner = labelName(doc, m);
                }
            }
        }
    }

    /**
     * The name opening the figure's item of a list, when a word joining items stands right before it ("and Quhuo 17.55%",
     * ", Zeekr 8.22%", "Baidu AI Cloud at 16.0%"): a run of up to four words with a capital letter.
     */
    static Mention listItemName(Doc doc, Mention m, List<Mention> sentence) {
        if ("zh".equals(doc.language)) {
            return null;
        }
        String t = doc.folded;
        int from = doc.sentences.start(m.sentence);
        int i = m.start;
        while (i > from && Fold.isSpace(t.charAt(i - 1))) {
            i--;
        }
        Matcher c = CONNECTOR.matcher(t).region(Math.max(from, i - 6), i);
        if (c.find()) {
            i = c.start();
            while (i > from && Fold.isSpace(t.charAt(i - 1))) {
                i--;
            }
        }
        int end = i;
        int start = i;
        int words = 0;
        while (words < 4) {
            int w = start;
            while (w > from && (Fold.isLatinLetter(t.charAt(w - 1)) || Character.isDigit(t.charAt(w - 1)) || "&.-'".indexOf(t.charAt(w - 1)) >= 0)) {
                w--;
            }
            if (w == start || !hasCapital(t, w, start) || !Fold.isLatinLetter(t.charAt(w))) {
                break;
            }
            start = w;
            words++;
            if (start > from && Fold.isSpace(t.charAt(start - 1))) {
                int s = start - 1;
                while (s > from && Fold.isSpace(t.charAt(s - 1))) {
                    s--;
                }
                if (s > from && Fold.isLatinLetter(t.charAt(s - 1))) {
                    int w2 = s;
                    while (w2 > from && Fold.isLatinLetter(t.charAt(w2 - 1))) {
                        w2--;
                    }
                    if (hasCapital(t, w2, s)) {
                        start = w2;
                        words++;
                        continue;
                    }
                }
            }
            break;
        }
        if (words == 0) {
            return null;
        }
        if (!ITEM_OPENER.matcher(t).region(Math.max(from, start - 12), start).find()) {
            return null;
        }
        for (Mention x : sentence) {
            if (x.kind == ClaimKind.ENTITY && x.start >= start && x.end <= end) {
                return x.aliasId != null && Aliases.isPlace(x.aliasId) ? null : x;
            }
        }
        String text = doc.text.substring(start, end);
        List<String> ws = List.of(Lexicon.fold(text).split("\\s+"));
        if (ws.stream().allMatch(w -> Lexicon.NOT_NAMES.contains(w) || Lexicon.COMMON.contains(w))) {
            return null;
        }
        Mention made = Mention.name(start, end, text, String.join(" ", ws), Aliases.latin(text), ws);
        made.doc = doc;
        made.sentence = m.sentence;
        made.weak = true;
        return made;
    }

    /** The Chinese words before a figure in its segment, without the verb that ends them, as a name ("美团涨逾12%": 美团). */
    private static Mention labelName(Doc doc, Mention m) {
        String label = ChineseLabels.label(m);
        if (label.length() < 2 || label.length() > 8 || !label.chars().allMatch(c -> Fold.isCjk((char) c))) {
            return null;
        }
        int start = doc.folded.lastIndexOf(label, m.start - label.length());
        if (start < 0) {
            return null;
        }
        int end = start + label.length();
        Mention made = Mention.name(start, end, label, label, Aliases.cjk(label), List.of(label));
        made.doc = doc;
        made.sentence = m.sentence;
        made.weak = true;
        return made;
    }

    private static boolean hasCapital(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Makes the entity an anaphor before the figure in its sentence stands for its owner, when no name stands between them. */
    private static void resolve(Doc doc, Mention m, List<Mention> sentence) {
        int from = doc.sentences.start(m.sentence);
        int[] clause = Names.clause(doc.folded, from, doc.sentences.end(m.sentence), m.start);
        Matcher a = ANAPHOR.matcher(doc.folded).region(from, m.start);
        int at = -1;
        String text = null;
        while (a.find()) {
            if (PRONOUN.matcher(a.group()).matches() && !doc.folded.substring(from, a.start()).replaceAll(".*[,;:，；：]", "").isBlank()) {
                continue; // "cut its rate", "qu'elle a levé": a pronoun inside a clause is its own clause's subject's
            }
            at = a.start();
            text = a.group();
            break;
        }
        if (at < 0) {
            return;
        }
        for (Mention x : sentence) {
            if (x.kind == ClaimKind.ENTITY && x.start < m.start && x.end > at && !(x.aliasId != null && Aliases.isPlace(x.aliasId))) {
                return;
            }
        }
        if (at < clause[0] && clause[0] > from) {
            // the anaphor is in an earlier clause of the sentence: still the sentence's entity, unless the clause names one
            for (Mention x : sentence) {
                if (x.kind == ClaimKind.ENTITY && x.start >= clause[0] && x.start < m.start) {
                    return;
                }
            }
        }
        Mention topic = topic(doc, m.sentence - 1, 0);
        if (topic != null) {
            m.subject = topic;
            m.subjectHow = "\"" + text.strip() + "\" is " + topic.text.strip() + ", named before it";
        }
    }

    /** What a sentence is about: its first name that is no place and follows no preposition, or what its own anaphor stands for. */
    private static Mention topic(Doc doc, int s, int depth) {
        if (s < 0 || depth >= MAX_BACK) {
            return null;
        }
        List<Mention> sentence = doc.bySentence.get(s);
        for (Mention x : sentence) {
            if (x.isFigure() && x.subject != null && x.subject.kind == ClaimKind.ENTITY) {
                return x.subject;
            }
            if (x.isFigure()) {
                break;
            }
        }
        for (Mention x : sentence) {
            if (x.kind == ClaimKind.ENTITY && !(x.aliasId != null && Aliases.isPlace(x.aliasId)) && !doc.afterPreposition(x.start)) {
                return x;
            }
        }
        int from = doc.sentences.start(s);
        int to = doc.sentences.end(s);
        if (sentence.stream().noneMatch(x -> x.kind == ClaimKind.ENTITY && !(x.aliasId != null && Aliases.isPlace(x.aliasId)))
                && ANAPHOR.matcher(doc.folded).region(from, to).find()) {
            return topic(doc, s - 1, depth + 1);
        }
        return null;
    }
}
