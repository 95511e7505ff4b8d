package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names without a language model: runs of capitalised words in Latin script (also inside Chinese text), cut
 * at frequent words ("Current Funding Round" is no name) and at words the texts also use in lower case; a lone
 * capitalised word that opens a sentence counts only when the sources know it or it looks like a name (OpenAI,
 * NVIDIA); names in Chinese script when the gazetteer ({@link Aliases}) lists them, with a model number glued to
 * them ("昇腾910"); Chinese person names ({@link PersonNames}) and company names by their endings ({@link CompanyNames}).
 */
final class NameFinder extends Finder {

    /** Names the gazetteer lists in Chinese script: before the numbers, so that "昇腾910" is one name. */
    void findGazetteerNames() {
        chineseNames();
    }

    /** Chinese person and company names, then names in Latin script. */
    void findOtherNames() {
        chinesePersonNames();
        chineseCompanyNames();
        latinNames();
        frenchNationalities();
    }

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![" + LATIN + "'’-])[a-zà-öø-ÿ][a-zà-öø-ÿ]{4,}(?![" + LATIN + "'’-])");

    /**
     * French writes nationalities in lower case ("un groupe allemand", "l'autorité britannique"): those the gazetteer
     * knows are names of their country, so that one the sources contradict is flagged like "German" would be.
     */
    private void frenchNationalities() {
        if (!"fr".equals(language)) {
            return;
        }
        Matcher m = LOWER_WORD.matcher(text);
        while (m.find()) {
            String id = Aliases.latin(m.group());
            if (id != null && Aliases.isPlace(id) && free(m.start(), m.end())) {
                add(Mention.name(m.start(), m.end(), m.group(), id, id, List.of(id)));
            }
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[" + LATIN + "][" + LATIN + "0-9]*(?:[-'&.][" + LATIN + "0-9]+)*\\.?|\\d+(?:\\.\\d+)?");

    private static final Pattern ELISION = Pattern.compile("^(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'");

    private static final Pattern BULLET_DIGITS = Pattern.compile("\\d+[.)、]?");

    private static final Map<Character, List<String>> CJK_ALIASES = new HashMap<>();

    static {
        for (String form : Aliases.cjkForms()) {
            CJK_ALIASES.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(form);
        }
    }

    private Boolean[] titleCase;

    private void chineseNames() {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            List<String> forms = CJK_ALIASES.get(text.charAt(i));
            if (forms == null) {
                continue;
            }
            for (String form : forms) {
                if (text.startsWith(form, i) && free(i, i + form.length())) {
                    String id = Aliases.cjk(form);
                    int end = i + form.length();
                    int code = modelCodeAfter(end);
                    if (code > end && free(end, code)) {
                        String number = Anchored.asciiLower(text.substring(end, code));
                        add(Mention.name(i, code, text.substring(i, code), id, id, List.of(id, number)));
                        i = code - 1;
                    } else {
                        add(Mention.name(i, end, form, id, id, List.of(id)));
                        i += form.length() - 1;
                    }
                    break;
                }
            }
        }
    }

    /**
     * The end of a model number glued to a Chinese name ("昇腾910", "文心5.0", "混元T1"), which is part of the name,
     * not a figure; {@code at} when none, or when what follows makes the number a figure ("华为5000名", "阿里巴巴3800亿元").
     */
    private int modelCodeAfter(int at) {
        int n = text.length();
        int e = at;
        while (e < n && (Character.isDigit(text.charAt(e)) || Fold.isLatinLetter(text.charAt(e))
                || text.charAt(e) == '.' && e + 1 < n && Character.isDigit(text.charAt(e + 1)))) {
            e++;
        }
        if (e == at || text.substring(at, e).chars().noneMatch(Character::isDigit)) {
            return at;
        }
        if (e < n && ("万亿千百%％年月日号名人家个位元".indexOf(text.charAt(e)) >= 0 || FigureFinder.MEASURE_WORDS.indexOf(text.charAt(e)) >= 0
                || FigureFinder.CURRENCY_AFTER.matcher(text).region(e, Math.min(n, e + 30)).lookingAt())) {
            return at;
        }
        return e;
    }

    private void chineseCompanyNames() {
        for (CompanyNames.Found f : CompanyNames.findChinese(text)) {
            if (free(f.start(), f.end())) {
                String name = text.substring(f.start(), f.end());
                Mention m = Mention.name(f.start(), f.end(), name, name, null, List.of(name));
                m.weak = true;
                add(m);
            }
        }
    }

    private void chinesePersonNames() {
        for (PersonNames.Found f : PersonNames.findChinese(text)) {
            if (free(f.start(), f.end()) && Aliases.cjk(text.substring(f.start(), f.end())) == null) {
                String name = text.substring(f.start(), f.end());
                add(Mention.name(f.start(), f.end(), name, name, null, List.of(name)));
            }
        }
    }

    private record Token(int start, int end, String text, boolean number) {
        boolean capitalised() {
            return !number && Character.isUpperCase(text.charAt(0));
        }

        String lower() {
            return Lexicon.fold(text);
        }
    }

    private void latinNames() {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String t = m.group();
            if (Character.isDigit(t.charAt(0))) {
                if (free(s, e)) {
                    tokens.add(new Token(s, e, t, true));
                } else {
                    tokens.add(null);
                }
                continue;
            }
            Matcher el = ELISION.matcher(t);
            if (el.find() && el.end() < t.length()) {
                s += el.end();
                t = t.substring(el.end());
            }
            if (t.endsWith(".") && !t.substring(0, t.length() - 1).contains(".")) {
                t = t.substring(0, t.length() - 1);
                e--;
            }
            if (t.endsWith("'s") || t.endsWith("'S")) {
                t = t.substring(0, t.length() - 2);
                e -= 2;
            } else if (t.endsWith("'")) {
                t = t.substring(0, t.length() - 1);
                e--;
            }
            int hyphen = t.lastIndexOf('-');
            while (hyphen > 0 && hyphen < t.length() - 1 && t.substring(hyphen + 1).chars().allMatch(Character::isLowerCase)
                    && Character.isUpperCase(t.charAt(0))) {
                e -= t.length() - hyphen; // "Paris-based", "Google-backed": the name is before the hyphen
                t = t.substring(0, hyphen);
                hyphen = t.lastIndexOf('-');
            }
            if (t.isEmpty()) {
                continue;
            }
            tokens.add(free(s, e) ? new Token(s, e, t, false) : null);
        }
        List<Token> segment = new ArrayList<>();
        Token previous = null;
        int pendingConnectors = 0;
        for (int ti = 0; ti < tokens.size(); ti++) {
            Token t = tokens.get(ti);
            if (t == null) {
                close(segment, pendingConnectors);
                pendingConnectors = 0;
                previous = null;
                continue;
            }
            boolean adjacent = previous != null && isSingleGap(previous.end, t.start);
            if (!adjacent) {
                close(segment, pendingConnectors);
                pendingConnectors = 0;
            }
            previous = t;
            String lower = t.lower();
            String alias = t.capitalised() || t.text.length() <= 3 ? Aliases.latin(t.text) : null;
            if (alias != null && Aliases.isPlace(alias) && Aliases.latin(t.text).equals(alias) && !t.text.contains(" ")) {
                close(segment, pendingConnectors);
                pendingConnectors = 0;
                segment.add(t);
                close(segment, 0);
                previous = null;
                continue;
            }
            boolean shaped = !t.number && t.text.chars().skip(1).anyMatch(Character::isUpperCase);
            boolean name = (t.capitalised() || shaped) && (alias != null || isNameWord(t.text, lower) || initialOfName(t, ti + 1 < tokens.size() ? tokens.get(ti + 1) : null)); // xAI, iFlytek
            if (name) {
                segment.add(t);
                pendingConnectors = 0;
            } else if (!segment.isEmpty() && (t.number || Lexicon.NAME_ENDINGS.contains(lower) && t.capitalised() || t.text.equals("&"))) {
                segment.add(t);
            } else if (!segment.isEmpty() && (lower.equals("of") || lower.equals("de") || lower.equals("du") || lower.equals("des"))) {
                segment.add(t);
                pendingConnectors++;
            } else {
                close(segment, pendingConnectors);
                pendingConnectors = 0;
            }
        }
        close(segment, pendingConnectors);
    }

    /**
     * Whether a capitalised word opening a source sentence may be the name it is about ("Helsing raised €600
     * million."): in a source, that ties the sentence's figures to it. Words shaped like verbs or adverbs are not.
     */
    private static final java.util.Set<String> GERUNDS = java.util.Set.of("following", "according", "including", "building", "using", "having",
            "being", "during", "looking", "speaking", "citing", "adding", "noting", "pending", "starting", "beginning", "raising", "growing");

    private static boolean plausibleOpener(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() >= 3 && Lexicon.month(word) == 0 && !Lexicon.NUMBER_WORDS.containsKey(w) && !w.endsWith("ly") && !GERUNDS.contains(w)
                && !w.endsWith("ed") && !w.endsWith("ée") && !w.endsWith("és") && !w.endsWith("ées") && !w.endsWith("ment");
    }

    /** A capital letter standing before a capitalised word of the same name: "H Company", "X Corp" (not "Series E", "a I"). */
    private boolean initialOfName(Token t, Token next) {
        return t.text.length() == 1 && Character.isUpperCase(t.text.charAt(0)) && !t.text.equals("A") && !t.text.equals("I")
                && !Lexicon.NOT_NAMES.contains(t.lower()) && next != null && next.capitalised() && isSingleGap(t.end, next.start)
                && (Lexicon.NAME_ENDINGS.contains(next.lower()) || isNameWord(next.text, next.lower()));
    }

    private boolean isSingleGap(int from, int to) {
        if (to - from == 1 && Fold.isSpace(text.charAt(from))) {
            return true;
        }
        return to - from == 3 && text.charAt(from + 1) == '&';
    }

    private boolean isNameWord(String word, String lower) {
        if (word.length() < 2 || Lexicon.NOT_NAMES.contains(lower) || Lexicon.month(word) > 0) {
            return false;
        }
        boolean shaped = word.chars().skip(1).anyMatch(Character::isUpperCase) || word.chars().anyMatch(Character::isDigit);
        if (shaped && !word.equals(word.toUpperCase(Locale.ROOT))) {
            return true; // OpenAI, DeepSeek, iPhone, H100
        }
        return !Lexicon.COMMON.contains(lower) && !words.seenInLowerCase(lower);
    }

    private void close(List<Token> segment, int trailingConnectors) {
        if (segment.isEmpty()) {
            return;
        }
        int size = segment.size() - trailingConnectors;
        while (size > 0 && !segment.get(size - 1).capitalised() && !segment.get(size - 1).number) {
            size--;
        }
        while (size > 0 && segment.get(size - 1).number && size == 1) {
            size--;
        }
        int from = 0;
        if (!scan.source) {
            // "Vice Premier He Lifeng", "Deputy Prime Minister Chernyshenko": the name is what follows the title
            while (from < size - 1 && Lexicon.TITLES.contains(segment.get(from).lower()) && Aliases.latin(segment.get(from).text) == null) {
                from++;
            }
            if (from == size - 1 && Lexicon.TITLES.contains(segment.get(from).lower()) && Aliases.latin(segment.get(from).text) == null) {
                segment.clear();
                return;
            }
        }
        if (size > from) {
            List<Token> name = segment.subList(from, size);
            size = name.size();
            Token first = name.get(0);
            int start = first.start;
            int end = name.get(size - 1).end;
            String surface = text.substring(start, end);
            List<String> ws = name.stream().map(Token::lower).toList();
            String key = String.join(" ", ws);
            String alias = Aliases.latin(surface);
            boolean opensSentence = sentenceOpener(start);
            boolean looksLikeName = first.text.chars().skip(1).anyMatch(Character::isUpperCase) || first.text.length() >= 2
                    && first.text.equals(first.text.toUpperCase(Locale.ROOT));
            boolean keep = size > 1 || alias != null || !opensSentence || looksLikeName || words.knownName(key)
                    || scan.source && plausibleOpener(first.text);
            if (keep && free(start, end)) {
                Mention m = Mention.name(start, end, surface, alias != null ? alias : key, alias, ws);
                // "the Summit", "House of Representatives", "le Forum": the head of an institution's name in translation,
                // no name by itself that a source in another language could spell
                m.weak = !scan.source && alias == null && ws.stream().allMatch(w -> Lexicon.INSTITUTION_HEADS.contains(w) || Lexicon.COMMON.contains(w));
                add(m);
            }
        }
        segment.clear();
    }

    /**
     * Whether a word stands where any word is capitalised: at the start of a sentence, a table cell or a list
     * item, or anywhere in a line written in Title Case ("Mistral Raises €3 Billion At €20 Billion Valuation").
     */
    private boolean sentenceOpener(int start) {
        int sentence = sentences.indexOf(start);
        if (titleCase(sentence)) {
            return true;
        }
        int p = start - 1;
        while (p >= 0 && Fold.isSpace(text.charAt(p))) {
            p--;
        }
        if (p >= 0 && "|\t:：—–•*(".indexOf(text.charAt(p)) >= 0) {
            return true;
        }
        int s = sentences.start(sentence);
        for (int i = s; i < start; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && !(Character.isDigit(c) && isBulletDigits(i, start))) {
                return false;
            }
        }
        return true;
    }

    private boolean titleCase(int sentence) {
        if (titleCase == null) {
            titleCase = new Boolean[sentences.count()];
        }
        Boolean known = titleCase[sentence];
        if (known == null) {
            int words = 0;
            int capitalised = 0;
            Matcher m = TOKEN.matcher(text).region(sentences.start(sentence), Math.max(sentences.start(sentence), sentences.end(sentence)));
            while (m.find()) {
                if (m.group().length() >= 4 && !Character.isDigit(m.group().charAt(0))) {
                    words++;
                    if (Character.isUpperCase(m.group().charAt(0))) {
                        capitalised++;
                    }
                }
            }
            known = words >= 3 && capitalised * 10 >= words * 7;
            titleCase[sentence] = known;
        }
        return known;
    }

    private boolean isBulletDigits(int i, int start) {
        String head = text.substring(i, start).strip();
        return BULLET_DIGITS.matcher(head).matches();
    }

    NameFinder(Scan scan) {
        super(scan);
    }
}
