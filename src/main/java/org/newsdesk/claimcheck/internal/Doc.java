package org.newsdesk.claimcheck.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.SourceId;

/** One text (a source, or a draft field in one language) with its sentences and the claims found in it. */
final class Doc {

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![A-Za-z\\u00C0-\\u024F])[a-z\\u00DF-\\u00F6\\u00F8-\\u00FF][a-z\\u00DF-\\u00F6\\u00F8-\\u00FF'-]*");

    final SourceId sourceId;
    final String field;
    final String language;
    final String text;
    final String folded;
    final LocalDate publishedOn;
    final Sentences sentences;
    List<Mention> mentions = List.of();
    List<List<Mention>> bySentence = List.of();

    /** Who backs whom in this text ({@link Investors#of}), read when first asked (a race only reads it twice). */
    volatile List<Investors.Pair> investorPairs;

    /** For a source: its title, which reviewers know it by. */
    final String title;

    Doc(SourceId sourceId, String field, String language, String text, LocalDate publishedOn) {
        this(sourceId, field, language, text, publishedOn, null);
    }

    Doc(SourceId sourceId, String field, String language, String text, LocalDate publishedOn, String title) {
        this.title = title;
        this.sourceId = sourceId;
        this.field = field;
        this.language = language == null ? "en" : language.toLowerCase(java.util.Locale.ROOT);
        this.text = text;
        this.folded = Fold.fold(text);
        this.publishedOn = publishedOn;
        this.sentences = Sentences.of(folded);
    }

    /** Adds the words this text writes in lower case to {@code into}. */
    void lowerCaseWords(Set<String> into) {
        Matcher m = LOWER_WORD.matcher(folded);
        while (m.find()) {
            into.add(Lexicon.fold(m.group()));
        }
    }

    /** Finds the claims and links each figure to the name it is said of: the nearest one before it in its sentence. */
    void extract(Extractor.Words words) {
        mentions = new ArrayList<>(Extractor.extract(folded, language, sentences, words, publishedOn, sourceId != null));
        inheritCurrencies();
        List<List<Mention>> groups = new ArrayList<>(sentences.count());
        for (int i = 0; i < sentences.count(); i++) {
            groups.add(new ArrayList<>(2));
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            m.doc = this;
            m.position = i;
            m.sentence = sentences.indexOf(m.start);
            groups.get(m.sentence).add(m);
        }
        for (List<Mention> sentence : groups) {
            Mention subject = null;
            for (int k = 0; k < sentence.size(); k++) {
                Mention m = sentence.get(k);
                if (m.kind == ClaimKind.ENTITY && (m.aliasId == null || !Aliases.isPlace(m.aliasId))
                        && (!afterPreposition(m.start) || appositive(m.end)) && (!objectOf(subject, m) || appositive(m.end))) {
                    subject = m;
                } else if (m.isFigure()) {
                    Mention after = k + 1 < sentence.size() ? sentence.get(k + 1) : null;
                    if (after != null && after.kind == ClaimKind.ENTITY && (comparedFor(m, after) || reducedRelative(m, after))) {
                        m.subject = after;
                    } else {
                        m.subject = sourceId == null && subject != null && CONTRAST.matcher(folded.substring(subject.end, m.start)).find() ? null : subject;
                    }
                }
            }
        }
        bySentence = groups;
        Owners.assign(this);
        for (Mention m : mentions) {
            if (m.kind == ClaimKind.AMOUNT) {
                m.meaning = meaningOf(m);
            }
        }
    }

    /**
     * A large figure without currency or unit after an amount in the same sentence is an amount in that
     * currency: "OpenAI a levé 186 milliards de dollars, Anthropic 161,25 milliards"; and one just before an amount that
     * names the currency for both ({@link ListUnits}).
     */
    private void inheritCurrencies() {
        String currency = null;
        int sentence = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int s = sentences.indexOf(m.start);
            if (s != sentence) {
                sentence = s;
                currency = null;
            }
            if (m.value instanceof org.newsdesk.claimcheck.ClaimValue.Amount a) {
                currency = a.currency();
            } else if (currency != null && m.value instanceof org.newsdesk.claimcheck.ClaimValue.Count c && c.unit() == null
                    && c.value() >= 100_000 && !m.text.chars().allMatch(ch -> Character.isDigit(ch) || ",. \u00A0\u202F".indexOf(ch) >= 0)) {
                mentions.set(i, m.inCurrency(currency));
            }
        }
        ListUnits.inheritBackwards(mentions, sentences, folded);
    }

    /** The nearest word within three words (or six Chinese characters) on either side that says what an amount is. */
    private String meaningOf(Mention m) {
        String after = null;
        int afterDistance = Integer.MAX_VALUE;
        int i = m.end;
        int words = 0;
        int n = folded.length();
        while (i < n && words < 4 && i - m.end < 30) {
            char c = folded.charAt(i);
            if (Fold.isSpace(c) || c == '\'') {
                i++;
            } else if (Fold.isLatinLetter(c)) {
                int e = i;
                while (e < n && Fold.isLatinLetter(folded.charAt(e))) {
                    e++;
                }
                String mean = Lexicon.amountMeaning(Lexicon.fold(folded.substring(i, e)));
                if (mean != null) {
                    after = mean;
                    afterDistance = i - m.end;
                    break;
                }
                words++;
                i = e;
            } else if (Fold.isCjk(c)) {
                String mean = cjkMeaningAt(i);
                if (mean != null) {
                    after = mean;
                    afterDistance = i - m.end;
                    break;
                }
                words++;
                i++;
                if (i - m.end > 6) {
                    break;
                }
            } else {
                break;
            }
        }
        String before = null;
        int beforeDistance = Integer.MAX_VALUE;
        i = m.start - 1;
        words = 0;
        while (i >= 0 && words < 4 && m.start - i < 30) {
            char c = folded.charAt(i);
            if (Fold.isSpace(c) || c == '\'') {
                i--;
            } else if (Fold.isLatinLetter(c)) {
                int b = i;
                while (b > 0 && Fold.isLatinLetter(folded.charAt(b - 1))) {
                    b--;
                }
                String mean = Lexicon.amountMeaning(Lexicon.fold(folded.substring(b, i + 1)));
                if (mean != null) {
                    before = mean;
                    beforeDistance = m.start - i;
                    break;
                }
                words++;
                i = b - 1;
            } else if (Fold.isCjk(c)) {
                String mean = null;
                for (String w : Lexicon.CJK_MEANINGS) {
                    int b = i - w.length() + 1;
                    if (b >= 0 && folded.startsWith(w, b)) {
                        mean = Lexicon.amountMeaning(w);
                        break;
                    }
                }
                if (mean != null) {
                    before = mean;
                    beforeDistance = m.start - i;
                    break;
                }
                words++;
                i--;
                if (m.start - i > 7) {
                    break;
                }
            } else {
                break;
            }
        }
        return afterDistance <= beforeDistance ? after : before;
    }

    private String cjkMeaningAt(int i) {
        for (String w : Lexicon.CJK_MEANINGS) {
            if (folded.startsWith(w, i)) {
                return Lexicon.amountMeaning(w);
            }
        }
        return null;
    }

    /**
     * Whether a name follows a preposition ("near Lyon", "led by ASML", "由法国巴黎银行"): then it is seldom what a
     * figure after it is said of.
     */
    boolean afterPreposition(int start) {
        int i = start - 1;
        while (i >= 0 && (Fold.isSpace(folded.charAt(i)) || folded.charAt(i) == '\'')) {
            i--;
        }
        if (i >= 0 && Fold.isCjk(folded.charAt(i))) {
            return "在于从向对被由给".indexOf(folded.charAt(i)) >= 0;
        }
        int end = i + 1;
        while (i >= 0 && Fold.isLatinLetter(folded.charAt(i))) {
            i--;
        }
        return PREPOSITIONS.contains(folded.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a name is followed by a comma or a bracket that opens a phrase about it ("competes with AI21 Labs,
     * valued at $1.4 billion"; "invested in Anthropic (valued at…)"): then the figures after it are its own,
     * although a preposition stands before it.
     */
    private boolean appositive(int end) {
        int i = end;
        while (i < folded.length() && folded.charAt(i) == '\'') {
            i++;
        }
        if (i < folded.length() && (folded.charAt(i) == '(' || folded.charAt(i) == '（')) {
            return true;
        }
        return i < folded.length() && folded.charAt(i) == ',' && APPOSITIVE.matcher(folded).region(i + 1, folded.length()).lookingAt();
    }

    /** Words that open a phrase about the name before them ("…, valued at", "…, which", "…, valorisée"), not a new clause. */
    private static final Pattern APPOSITIVE = Pattern.compile("(?i)\\s+(?:valued|worth|which|whose|who|now\\s+valued|itself\\s+valued"
            + "|valoris[ée]+s?|estim[ée]+s?|évalu[ée]+s?|qui|dont)(?![\\p{L}])");

    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:contre|against|compared\\s+(?:with|to)|versus|vs\\.?"
            + "|par\\s+rapport\\s+à|face\\s+à)(?:\\s+\\S+){0,2}\\s*$");
    private static final Pattern FOR_AFTER = Pattern.compile("(?i)^(?:\\s+[\\p{L}'-]+){0,2}?\\s+(?:pour|chez|for|at)\\s+$");

    /**
     * Whether a figure is set against another and said of the name right after it: "contre 250 pour H Company",
     * "compared with $3.6 billion for Snowflake". Then the figure is that name's, not the sentence's subject's.
     */
    /**
     * In a draft, a contrast between a name and a figure starts another clause whose figure that name does not own:
     * in "Brent fell 3.38%, while U.S. crude lost 2.74%", 2.74% is not Brent's. (A source keeps the name, so that a
     * figure of the draft's name is still found in "16 feet long, but 5.3 feet high".)
     */
    private static final Pattern CONTRAST = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:while|whereas|but|tandis\\s+que|alors\\s+que|mais)(?![\\p{L}])|[;；]|而");

    /** A determiner, the figure, then a name doing something: "the $2.52 Wall Street expected", "les 3 % que Bercy prévoyait". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:the|a|an|le|la|les|des|un|une)\\s+$");

    private static final Pattern VERB_AFTER = Pattern.compile("\\s+[a-zà-öø-ÿ]{3,}(?![\\p{L}])");

    private boolean reducedRelative(Mention figure, Mention name) {
        int from = Math.max(sentences.start(figure.sentence), figure.start - 8);
        return folded.substring(figure.end, name.start).isBlank() && name.start - figure.end <= 2
                && DETERMINER_BEFORE.matcher(folded.substring(from, figure.start)).find()
                && VERB_AFTER.matcher(folded).region(name.end, Math.min(folded.length(), name.end + 20)).lookingAt();
    }

    private boolean comparedFor(Mention figure, Mention name) {
        int from = Math.max(sentences.start(figure.sentence), figure.start - 40);
        return FOR_AFTER.matcher(folded.substring(figure.end, name.start)).matches()
                && COMPARED_BEFORE.matcher(folded.substring(from, figure.start)).find();
    }

    /** Words after which a name starts a clause of its own, or joins the subject, rather than being an object. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "or", "but", "while", "whereas", "that", "as", "than", "et", "ou", "mais",
            "tandis", "que", "qu", "alors", "when", "after", "before", "because", "since", "if", "although", "where");

    /**
     * Whether a name is the object of a verb in the clause of the subject before it ("AMD agreed to buy ZT Systems for
     * $4.9 billion": the figure is AMD's): it follows a word in lower case that is neither a preposition nor a word
     * opening a clause, with no clause break since the subject, in a text in Latin script.
     */
    private boolean objectOf(Mention subject, Mention m) {
        if (subject == null || subject.sentence != m.sentence || "zh".equals(language) || m.start <= subject.end) {
            return false;
        }
        String between = folded.substring(subject.end, m.start);
        if (CLAUSE_BREAK_BETWEEN.matcher(between).find()) {
            return false;
        }
        int i = m.start - 1;
        while (i >= 0 && Fold.isSpace(folded.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Fold.isLatinLetter(folded.charAt(i))) {
            i--;
        }
        String word = folded.substring(i + 1, end);
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return !CLAUSE_OPENERS.contains(lower) && !PREPOSITIONS.contains(lower) && !Lexicon.NOT_NAMES.contains(lower);
    }

    private static final Pattern CLAUSE_BREAK_BETWEEN = Pattern.compile("[;；:：,，(（—–]|\\d");

    private static final Set<String> PREPOSITIONS = Set.of("near", "in", "at", "from", "to", "of", "by", "with", "for", "into",
            "via", "than", "against", "under", "behind", "près", "à", "au", "aux", "en", "de", "du", "des", "d", "par", "pour",
            "avec", "chez", "dans", "sur", "vers", "auprès");

    /** The label a reviewer knows this text by: the source's title (or id), or the draft's field and language. */
    String label() {
        if (sourceId == null) {
            return field + "/" + language;
        }
        return title != null && !title.equals(sourceId.value()) ? "«" + title + "»" : sourceId.value();
    }

    int passageStart(Mention m) {
        return sentences.start(m.sentence);
    }

    int passageEnd(Mention m) {
        return sentences.end(m.sentence);
    }
}
