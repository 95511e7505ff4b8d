package org.newsdesk.claimcheck.internal;

import java.util.List;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * A figure given to another entity of the sources: the draft's owner of the figure ({@link Mention#subject}, with
 * {@link Owners}) is an entity the sources also name with a different figure of the same kind, while every source
 * passage that states the value gives it to another entity, which the draft's clause does not name and which is not the
 * draft's entity in another script or form ({@link #sameOwner}). When the draft's owner is unknown, or any source
 * passage of the value has no owner or one that may be the draft's, nothing is said.
 */
final class Attribution {

    private Attribution() {}

    /** Why the draft figure {@code d}, whose value the {@code candidates} state, belongs to another entity; null when nothing says so. */
    static String moved(Mention d, List<Mention> candidates, SourceIndex index) {
        Mention mine = owner(d);
        if (mine == null || candidates.isEmpty()) {
            return null;
        }
        Mention first = null;
        Mention firstOwner = null;
        boolean besideIt = true;
        for (Mention s : candidates) {
            Mention theirs = owner(s);
            if (theirs == null || theirs == s.labelOwner && !namedInDraft(theirs, d.doc) || same(mine, theirs, index) != Boolean.FALSE || namedInClause(s, mine, index) || namedInClause(d, theirs, index)) {
                return null;
            }
            besideIt &= namedInSentence(s, mine, index);
            if (first == null) {
                first = s;
                firstOwner = theirs;
            }
        }
        Mention other = otherFigureOf(mine, d, index);
        if (other == null && !besideIt || !aName(mine, index) || !aName(firstOwner, index)) {
            return null;
        }
        String how = first.subject == firstOwner && first.subjectHow != null ? " (" + first.subjectHow + ")" : "";
        String mineHow = d.subject == mine && d.subjectHow != null ? " (" + d.subjectHow + ")" : "";
        return "moved to another entity: in " + first.doc.label() + " " + first.text.strip() + " is " + firstOwner.text.strip() + "'s" + how
                + ", the draft gives it to " + mine.text.strip() + mineHow
                + (other != null ? ", whose figure there is " + other.text.strip() : ", which that sentence names apart from it")
                + " — “" + passage(first) + "”";
    }

    /**
     * The entity a figure belongs to by the structure of its sentence: the owner {@link Owners} found, else the last name
     * before the figure in its clause that stands as a subject stands ({@link #heads}); null when none does, or it is a place.
     */
    static Mention owner(Mention figure) {
        Mention o = null;
        if (figure.subject == null) {
            return figure.labelOwner;
        }
        if (figure.subjectHow != null) {
            o = figure.subject;
        } else {
            Doc doc = figure.doc;
            int[] clause = Names.clause(doc.folded, doc.sentences.start(figure.sentence), doc.sentences.end(figure.sentence), figure.start);
            for (Mention x : doc.bySentence.get(figure.sentence)) {
                if (x.start >= figure.start) {
                    break;
                }
                if (x.kind == ClaimKind.ENTITY && x.start >= clause[0] && !isPlace(x) && heads(x)) {
                    o = x;
                }
            }
        }
        return o == null || isPlace(o) ? null : o;
    }

    /**
     * Whether two names are one entity: {@code TRUE} when they share a gazetteer id or a distinctive word, or a name in
     * Latin letters spells a Chinese one's reading ("Quhuo" for 趣活科技, "Xiaomi" for 小米集团); {@code FALSE} when both are
     * in one script, or both are in the gazetteer under different ids; {@code null} (unknown) for names in two scripts that
     * nothing ties or parts.
     */
    static Boolean sameOwner(Mention a, Mention b) {
        if (a.sameEntity(b)) {
            return Boolean.TRUE;
        }
        boolean aCjk = cjk(a);
        boolean bCjk = cjk(b);
        if (aCjk == bCjk) {
            return Boolean.FALSE;
        }
        Mention latin = aCjk ? b : a;
        Mention chinese = aCjk ? a : b;
        if (readsAs(latin.text, chinese.text)) {
            return Boolean.TRUE;
        }
        if (a.aliasId != null && b.aliasId != null) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Whether the letters of a Latin name, or of its first words, spell the reading of the first two or more characters of a Chinese one. */
    static boolean readsAs(String latin, String chinese) {
        String[] words = latin.strip().split("\\s+");
        StringBuilder key = new StringBuilder();
        for (String w : words) {
            for (char c : Lexicon.fold(w).toCharArray()) {
                if (c >= 'a' && c <= 'z') {
                    key.append(c);
                } else if (c != '-' && c != '\'') {
                    return false;
                }
            }
            if (key.length() < 4) {
                continue;
            }
            for (int n = 2; n <= chinese.length(); n++) {
                String r = Pinyin.of(chinese.substring(0, n));
                if (r == null || r.length() > key.length()) {
                    break;
                }
                if (r.contentEquals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern HEAD_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?:^|[,;:，、；：(（]|(?<![\\p{L}])(?:and|et|while|whereas|but|mais|que|qu'|where|as|其中|而|和|与|及))\\s*(?:(?:the|la|le|les|l'|un|une|a|an)\\s*)?$");

    /**
     * Whether a name stands where the subject of a clause or the head of a list item stands: first of its clause (after
     * the start of its sentence, a comma or a word that opens a clause, "Swedish AI coding platform Lovable"), or right after
     * such a place; a name after a verb or a preposition ("sales in the Cabinet Room", "counts Nvidia among its backers",
     * "抛售持有的小米集团股票") is too loosely tied to say whose a figure is.
     */
    private static final java.util.regex.Pattern PREPOSITION = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:in|at|of|by|from|with|to|for|on|into|"
            + "than|after|before|among|dans|de|du|des|d'|à|au|aux|par|avec|pour|chez|sur|auprès|en)(?![\\p{L}])|[在于从向对被由给持有的]");

    static boolean heads(Mention name) {
        Doc doc = name.doc;
        int sentenceStart = doc.sentences.start(name.sentence);
        int from = Math.max(sentenceStart, name.start - 40);
        if (HEAD_BEFORE.matcher(doc.folded.substring(from, name.start)).find()) {
            return true;
        }
        int clauseStart = sentenceStart;
        for (int i = name.start - 1; i >= sentenceStart; i--) {
            if (",;:，、；：(（".indexOf(doc.folded.charAt(i)) >= 0) {
                clauseStart = i + 1;
                break;
            }
        }
        if (PREPOSITION.matcher(doc.folded.substring(clauseStart, name.start)).find()) {
            return false;
        }
        for (Mention x : doc.bySentence.get(name.sentence)) {
            if (x == name) {
                return true;
            }
            if (x.start >= clauseStart && (x.kind == ClaimKind.ENTITY || x.isFigure())) {
                return false;
            }
        }
        return false;
    }

    private static boolean cjk(Mention m) {
        return !m.text.isEmpty() && Fold.isCjk(m.text.strip().charAt(0));
    }

    /**
     * Whether a name is surely one: in the alias table, in Chinese characters, of two words or more, written inside a
     * sentence, or written so elsewhere in the texts; a single capitalised word opening a sentence may be any word
     * ("Among", "Problematic").
     */
    static boolean aName(Mention m, SourceIndex index) {
        if (m.aliasId != null || cjk(m) || m.words.size() >= 2 || m.doc == null || !opensSentence(m.doc.folded, m.start)) {
            return true;
        }
        String word = m.text.strip();
        for (Doc doc : index.docs) {
            if (insideASentence(doc.folded, word)) {
                return true;
            }
        }
        return insideASentence(m.doc.folded, word);
    }

    private static boolean insideASentence(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (whole && !opensSentence(text, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(String text, int at) {
        int i = at;
        while (i > 0 && (Fold.isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '\n' || "\"'«“(".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i == 0 || ".!?:。！？\n".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean isPlace(Mention m) {
        return m.aliasId != null && Aliases.isPlace(m.aliasId);
    }

    /**
     * {@link #sameOwner}, and for names in two scripts that nothing ties directly, the sources' name in the other's script
     * that the draft's name is (by alias or reading) compared with it: "Mengniu Dairy" is 蒙牛乳业, so not 美团.
     */
    static Boolean same(Mention mine, Mention theirs, SourceIndex index) {
        Boolean direct = sameOwner(mine, theirs);
        if (direct != null) {
            return direct;
        }
        Mention form = formInSources(mine, cjk(theirs), index);
        if (form == null) {
            return null;
        }
        return form.text.equals(theirs.text) || form.sameEntity(theirs);
    }

    /**
     * The sources' name in one script that a (draft) name is by alias or reading, including the words Chinese figures
     * follow; looked up once per name and script.
     */
    private static Mention formInSources(Mention name, boolean wantCjk, SourceIndex index) {
        Mention[] cache = name.formsInSources;
        if (cache == null) {
            cache = new Mention[2];
            name.formsInSources = cache;
        }
        int slot = wantCjk ? 1 : 0;
        if (cache[slot] != null) {
            return cache[slot] == NONE ? null : cache[slot];
        }
        Mention found = null;
        for (Doc doc : index.docs) {
            for (Mention x : doc.mentions) {
                if (x.kind == ClaimKind.ENTITY && cjk(x) == wantCjk && !isPlace(x) && sameOwner(name, x) == Boolean.TRUE) {
                    found = x;
                } else if (wantCjk && x.labelOwner != null && sameOwner(name, x.labelOwner) == Boolean.TRUE) {
                    found = x.labelOwner;
                }
                if (found != null) {
                    break;
                }
            }
            if (found != null) {
                break;
            }
        }
        cache[slot] = found == null ? NONE : found;
        return found;
    }

    private static final Mention NONE = Mention.name(0, 0, "", "", null, List.of());

    /** Whether the draft's text names the words a Chinese figure follows (美团 as "Meituan" or 美团): then they are a name, not a measure ("净利润"). */
    private static boolean namedInDraft(Mention label, Doc draft) {
        for (Mention x : draft.mentions) {
            if (x.kind == ClaimKind.ENTITY && (x.text.equals(label.text) || !cjk(x) && readsAs(x.text, label.text))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure's clause names the entity (anywhere in it: "Nvidia's $100 billion for OpenAI", "X raised $Y from Z"). */
    private static boolean namedInClause(Mention figure, Mention entity, SourceIndex index) {
        Doc doc = figure.doc;
        int[] clause = Names.clause(doc.folded, doc.sentences.start(figure.sentence), doc.sentences.end(figure.sentence), figure.start);
        for (Mention x : doc.bySentence.get(figure.sentence)) {
            if (x.kind == ClaimKind.ENTITY && x.start >= clause[0] && x.end <= clause[1] && x != entity
                    && (figure.doc.sourceId == null ? same(x, entity, index) : same(entity, x, index)) != Boolean.FALSE) {
                return true;
            }
        }
        return false;
    }

    /** Whether the source sentence of the figure names the draft's entity (apart from the figure's clause: {@link #namedInClause} comes first). */
    private static boolean namedInSentence(Mention figure, Mention entity, SourceIndex index) {
        for (Mention x : figure.doc.bySentence.get(figure.sentence)) {
            if (x.kind == ClaimKind.ENTITY && !isPlace(x) && same(entity, x, index) == Boolean.TRUE) {
                return true;
            }
        }
        return false;
    }

    /** A source figure of the draft figure's kind (and for counts, of what it counts) with another value, that the sources give to the draft's entity. */
    private static Mention otherFigureOf(Mention entity, Mention d, SourceIndex index) {
        for (Doc doc : index.docs) {
            for (Mention x : doc.mentions) {
                if (x.kind != d.kind || Rule.sameValue(d, x) || !sameMeasure(d, x)) {
                    continue;
                }
                Mention o = owner(x);
                if (o != null && same(entity, o, index) == Boolean.TRUE) {
                    return x;
                }
            }
        }
        return null;
    }

    private static boolean sameMeasure(Mention d, Mention x) {
        if (d.value instanceof ClaimValue.Count a && x.value instanceof ClaimValue.Count b) {
            return a.unit() == null || b.unit() == null || Lexicon.compatibleUnits(a.unit(), b.unit());
        }
        return true;
    }

    private static String passage(Mention s) {
        String p = s.doc.folded.substring(s.doc.sentences.start(s.sentence), s.doc.sentences.end(s.sentence)).strip().replaceAll("\\s+", " ");
        return p.length() > 200 ? p.substring(0, 200) + "…" : p;
    }
}
