package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * Finds figures: amounts with their currency and scale ("€3B", "3 milliards d'euros", "30亿欧元"), counts with the
 * noun they count ("13,800 GPUs", "1.38万块GPU"), percentages, number words ("nine", "une dizaine", "三成") and bare
 * years. The words around a number are read by short anchored matches beside it, so the cost grows linearly.
 */
final class FigureFinder extends Finder {

    /** Number words and Chinese percentages, which go before the digits. */
    void findWords() {
        scaleWords();
        numberWords();
        chinesePercents();
    }

    /** Numbers in digits and in Chinese numerals. */
    void findNumbers() {
        arabicNumbers();
        chineseNumbers();
    }

    private static final Pattern ZH_PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百点]+|\\d+(?:\\.\\d+)?)");

    private static final Pattern ARABIC = Pattern.compile("(?<![" + LATIN + "\\d.,])(\\d{1,3}(?:(?:," + "|" + SP + ")\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)");

    /**
     * In English a plain space separates two numbers ("roughly 400 737 Max jets"), never thousands: only a
     * no-break, narrow or thin space groups digits there.
     */
    private static final Pattern ARABIC_EN = Pattern.compile("(?<![" + LATIN + "\\d.,])(\\d{1,3}(?:(?:,|[\\u00A0\\u202F\\u2009])\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)");

    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private static final Pattern CJK_NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?[万亿]*");

    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|U\\.S\\.\\s?\\$|HK\\$|USD|EUR|GBP|CNY|RMB|JPY|CHF|HKD|\\$|€|£|¥|￥|人民币)" + SP + "?$");

    static final Pattern CURRENCY_AFTER = Pattern.compile(SP + "?(€|\\$|(?i:euros?|(?:de\\s+)?dollars\\s+de\\s+hong\\s+kong|hong\\s+kong\\s+dollars|dollars?(?:\\s+(?:américains|US))?|d'euros|de\\s+dollars(?:\\s+américains)?|de\\s+livres(?:\\s+sterling)?|de\\s+yuans?|de\\s+yens?"
            + "|livres\\s+sterling|pounds?|yuans?|yens?)|USD|EUR|GBP|CNY|RMB|JPY|CHF|HKD|欧元|美元|人民币|英镑|日元|港元|元)(?:(?<=[\\u4e00-\\u9fff])|(?![" + LATIN + "]))");

    private static final Pattern SCALE_AFTER = Pattern.compile("(" + SP + "?|-)((?i:trillions?|tn|billions?|bn|milliards?|mds?|mrds?|md|millions?|mln|mn|thousand|mille|k|m|b|t))(?![" + LATIN + "\\d])(?!-[A-Za-z0-9])");

    private static final Pattern PERCENT_AFTER = Pattern.compile(SP + "?(%|(?i:percentage\\s+points?|points?\\s+de\\s+pourcentage|pour\\s?cent|percent|per\\s+cent)|个百分点|百分点)");

    private static final Pattern HEDGE_BEFORE = Pattern.compile("(~|≈|约合|约|大约|将近|接近|近|逾|超过|超|不到|(?i:about|around|roughly|approximately|approx\\.|some|circa|nearly|almost|close\\s+to"
            + "|more\\s+than|over|above|at\\s+least|less\\s+than|under|below|up\\s+to|at\\s+most|environ|autour\\s+de|quelque|près\\s+de|presque|quasiment|plus\\s+de"
            + "|au\\s+moins|moins\\s+de|jusqu'à))" + SP + "?$");

    private static final Pattern HEDGE_AFTER = Pattern.compile("多|余|左右|以上|\\+");

    static final String MEASURE_WORDS = "块张颗台名位个家款项座枚套";

    private void numberWords() {
        for (NumberWords.Found f : NumberWords.find(text, language)) {
            if (!free(f.start(), f.end())) {
                continue;
            }
            String surface = text.substring(f.start(), f.end());
            Mention.Hedge hedge = f.approximate() ? Mention.Hedge.APPROX : Mention.Hedge.EXACT;
            if (f.percent()) {
                add(Mention.figure(f.start(), f.end(), surface, ClaimKind.PERCENT, new ClaimValue.Percent(f.value()), 1, hedge, false));
            } else {
                add(Mention.figure(f.start(), f.end(), surface, ClaimKind.COUNT, new ClaimValue.Count(f.value(), unitAfter(f.end())), 2, hedge, false));
            }
        }
    }

    private static final Pattern SCALE_WORD_AMOUNT = Pattern.compile("(?i)(?<![\\p{L}])(a|one|un|une)" + SP + "+(trillion|billion|million|milliard|million)"
            + "(?![\\p{L}])");

    private static final Pattern MORE_THAN_BEFORE = Pattern.compile("(?i)(?:more\\s+than|over|plus\\s+d['’]|au\\s+moins|at\\s+least)\\s*$");

    private static final Pattern ABOUT_BEFORE = Pattern.compile("(?i)(?:about|around|nearly|almost|près\\s+d['’]|environ|quelque)\\s*$");

    /** "a billion dollars", "un milliard de dollars", "plus d'un milliard d'euros": one of a scale, with its currency after it. */
    private void scaleWords() {
        Matcher m = SCALE_WORD_AMOUNT.matcher(text);
        int n = text.length();
        while (m.find()) {
            Matcher ca = CURRENCY_AFTER.matcher(text).region(m.end(), Math.min(n, m.end() + 30));
            if (!ca.lookingAt()) {
                continue;
            }
            String currency = Lexicon.currency(unspaced(ca.group(1)), language);
            double scale = Lexicon.scale(m.group(2), language, false, true);
            if (currency == null || scale <= 0 || !free(m.start(), ca.end())) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 14), m.start());
            Mention.Hedge hedge = MORE_THAN_BEFORE.matcher(before).find() ? Mention.Hedge.AT_LEAST
                    : ABOUT_BEFORE.matcher(before).find() ? Mention.Hedge.APPROX : Mention.Hedge.EXACT;
            add(Mention.figure(m.start(), ca.end(), text.substring(m.start(), ca.end()), ClaimKind.AMOUNT, new ClaimValue.Amount(scale, currency), 1, hedge,
                    false));
        }
    }

    private void chinesePercents() {
        Matcher m = ZH_PERCENT.matcher(text);
        while (m.find()) {
            String n = m.group(1);
            BigDecimal v = Character.isDigit(n.charAt(0)) ? new BigDecimal(n) : ChineseNumerals.parse(n);
            if (v != null && free(m.start(), m.end())) {
                add(Mention.figure(m.start(), m.end(), m.group(), ClaimKind.PERCENT, new ClaimValue.Percent(v.doubleValue()),
                        Math.max(2, v.stripTrailingZeros().precision()), Mention.Hedge.EXACT, false));
            }
        }
    }

    private void arabicNumbers() {
        Matcher m = ("en".equals(language) ? ARABIC_EN : ARABIC).matcher(text);
        int n = text.length();
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (!free(s, e) || s > 0 && text.charAt(s - 1) == '第'
                    || s > 1 && text.charAt(s - 1) == '-' && Fold.isLatinLetter(text.charAt(s - 2))) {
                continue;
            }
            String core = m.group();
            if (isListMarker(s, e)) {
                continue;
            }
            BigDecimal value = parseArabic(core);
            int digits = significantDigits(core);
            int end = e;
            boolean wanYi = false;
            int j = end;
            while (j < n && "十百千万亿".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            boolean moreThan = false;
            if (j > end) {
                String units = text.substring(end, j);
                value = value.multiply(ChineseNumerals.scale(units));
                wanYi = units.indexOf('万') >= 0 || units.indexOf('亿') >= 0;
                end = j;
                if (j + 1 < n && "余多".indexOf(text.charAt(j)) >= 0 && CURRENCY_AFTER.matcher(text).region(j + 1, Math.min(n, j + 4)).lookingAt()) {
                    moreThan = true; // "1.39亿余元": more than 1.39亿 yuan
                    end = j + 1;
                }
            }
            int start = s;
            String currency = null;
            Matcher cb = CURRENCY_BEFORE.matcher(text).region(Math.max(0, s - 8), s);
            if (cb.find() && (cb.start() == 0 || !Fold.isLatinLetter(text.charAt(cb.start() - 1)) || cb.group(1).length() == 1)) {
                currency = Lexicon.currency(unspaced(cb.group(1)), language);
                start = cb.start();
            }
            boolean scaled = false;
            if (!wanYi) {
                Matcher sm = SCALE_AFTER.matcher(text).region(end, Math.min(n, end + 14));
                if (sm.lookingAt()) {
                    int afterScale = sm.end();
                    boolean currencyAfter = CURRENCY_AFTER.matcher(text).region(afterScale, Math.min(n, afterScale + 30)).lookingAt();
                    double factor = Lexicon.scale(sm.group(2), language, sm.group(1).isEmpty(), currency != null || currencyAfter);
                    if (factor > 0) {
                        value = value.multiply(BigDecimal.valueOf(factor));
                        end = afterScale;
                        scaled = true;
                    }
                }
            }
            Ranges.Upper upper = null;
            if (!scaled && !wanYi) {
                upper = Ranges.upperEnd(text, e, language);
                if (upper != null && upper.scale() != null) {
                    value = value.multiply(upper.scale());
                    wanYi = upper.wanYi();
                    scaled = true;
                }
            } else if (currency == null) {
                upper = Ranges.upperEnd(text, end, language);
            }
            if (!scaled && !wanYi && end < n && Fold.isLatinLetter(text.charAt(end)) && !BASIS_POINTS.matcher(text).region(end, Math.min(n, end + 4)).lookingAt()) {
                continue; // 4o, 5G, 10x, 3D, 1er, 2nd (but "25BP" is 25 basis points)
            }
            Matcher ca = CURRENCY_AFTER.matcher(text).region(end, Math.min(n, end + 30));
            if (currency == null && ca.lookingAt()) {
                currency = Lexicon.currency(unspaced(ca.group(1)), language);
                end = ca.end();
            }
            boolean percent = false;
            Matcher pa = PERCENT_AFTER.matcher(text).region(end, Math.min(n, end + 30));
            if (currency == null && pa.lookingAt()) {
                percent = true;
                end = pa.end();
            }
            if (upper != null && currency == null && !percent) {
                currency = upper.currency();
                percent = upper.percent();
            }
            if (currency == null && !percent && !scaled && !wanYi && !THOUSANDS_COMMA.matcher(core).matches() && isProductVersion(s)) {
                continue; // Claude 3.5, Llama 3, Fortune 500
            }
            Mention.Hedge hedge = Mention.Hedge.EXACT;
            Matcher hb = HEDGE_BEFORE.matcher(text).region(Math.max(0, start - 25), start);
            if (hb.find() && (hb.start() == 0 || !Fold.isLatinLetter(text.charAt(hb.start() - 1)))) {
                hedge = hedge(hb.group(1));
                char first = hb.group(1).charAt(0);
                if (first == '~' || first == '≈' || Fold.isCjk(first)) {
                    start = hb.start();
                }
            }
            Matcher ha = HEDGE_AFTER.matcher(text).region(end, Math.min(n, end + 2));
            if (ha.lookingAt()) {
                hedge = ha.group().equals("左右") ? Mention.Hedge.APPROX : Mention.Hedge.AT_LEAST;
                end = ha.end();
            }
            if (moreThan && hedge == Mention.Hedge.EXACT) {
                hedge = Mention.Hedge.AT_LEAST;
            }
            if (currency == null && !percent && !scaled && CLOCK_AFTER.matcher(text).region(end, Math.min(n, end + 6)).lookingAt()) {
                continue; // "8 p.m.", "10 am": an hour, no count
            }
            ClaimKind kind;
            ClaimValue v;
            if (percent) {
                kind = ClaimKind.PERCENT;
                v = new ClaimValue.Percent(value.doubleValue());
            } else if (currency != null) {
                kind = ClaimKind.AMOUNT;
                v = new ClaimValue.Amount(value.doubleValue(), currency);
            } else {
                String unit = unitAfter(end);
                boolean plainInteger = core.chars().allMatch(Character::isDigit);
                boolean modelYear = text.startsWith(" model", end) || text.startsWith("年款", end); // "the 2016 model year", "2016年款"
                boolean clauseAfter = CLAUSE_AFTER.matcher(text).region(end, Math.min(n, end + 8)).lookingAt(); // "in 2025 the company raised"
                if (plainInteger && !scaled && !wanYi && (unit == null || modelYear || clauseAfter) && core.length() == 4 && value.intValue() >= 1900
                        && value.intValue() <= 2100) {
                    if (free(s, e)) {
                        add(Mention.date(s, e, core, new ClaimValue.DateValue(value.intValue(), 0, 0), null));
                    }
                    continue;
                }
                kind = ClaimKind.COUNT;
                v = new ClaimValue.Count(value.doubleValue(), unit);
            }
            if (free(start, end)) {
                add(Mention.figure(start, end, text.substring(start, end), kind, v, digits, hedge, wanYi));
            }
        }
    }

    private boolean isListMarker(int s, int e) {
        int i = s - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i >= 0 && text.charAt(i) != '\n') {
            return false;
        }
        return e < text.length() && ".)、".indexOf(text.charAt(e)) >= 0
                && (e + 1 >= text.length() || Character.isWhitespace(text.charAt(e + 1)) || Fold.isCjk(text.charAt(e + 1)));
    }

    /** A number right after a capitalised word that is no common word names a product or list ("Llama 3"). */
    private boolean isProductVersion(int s) {
        int i = s - 1;
        if (i < 0 || !Fold.isSpace(text.charAt(i))) {
            return false;
        }
        int wordEnd = i;
        while (i > 0 && (Fold.isLatinLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        if (i == wordEnd || !Character.isUpperCase(text.charAt(i))) {
            return false;
        }
        String word = text.substring(i, wordEnd);
        String lower = word.toLowerCase(Locale.ROOT);
        boolean sentenceStart = sentences.start(sentences.indexOf(i)) == i;
        return !sentenceStart && Lexicon.month(word) == 0 && Lexicon.currency(word, language) == null
                && !Lexicon.COMMON.contains(lower) && !words.seenInLowerCase(lower);
    }

    private static Mention.Hedge hedge(String word) {
        String w = spaced(word.toLowerCase(Locale.ROOT));
        return switch (w) {
            case "逾", "超过", "超", "more than", "over", "above", "at least", "plus de", "au moins" -> Mention.Hedge.AT_LEAST;
            case "不到", "less than", "under", "below", "up to", "at most", "moins de", "jusqu'à" -> Mention.Hedge.AT_MOST;
            default -> Mention.Hedge.APPROX;
        };
    }

    static BigDecimal parseArabic(String core) {
        String s = core.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "").replace("\u2007", "");
        if (THOUSANDS_COMMA.matcher(s).matches()) {
            s = s.replace(",", "");
        } else {
            s = s.replace(',', '.');
        }
        return new BigDecimal(s);
    }

    /** Significant digits as written: all digits of a decimal, the digits of an integer but trailing zeros (at least two). */
    static int significantDigits(String core) {
        BigDecimal v = parseArabic(core);
        if (v.scale() > 0) {
            return v.precision();
        }
        return Math.max(v.stripTrailingZeros().precision(), Math.min(2, v.precision()));
    }

    /** The noun a number counts, read after it (and after a Chinese measure word), or {@code null}. */
    private static final Pattern BASIS_POINTS = Pattern.compile("(?i)bps?(?![\\p{L}])");

    /** An article or a pronoun opening a clause right after a number: the number is no count of what follows ("in 2025 the company"). */
    private static final Pattern CLAUSE_AFTER = Pattern.compile("\\s+(?:(?:the|a|an|its|their|it|we|they|he|she|le|la|les|il|elle|ils|on)(?![\\p{L}])|l['’])");

    private String unitAfter(int pos) {
        int n = text.length();
        int i = pos;
        while (i < n && Fold.isSpace(text.charAt(i))) {
            i++;
        }
        boolean measure = i < n && MEASURE_WORDS.indexOf(text.charAt(i)) >= 0;
        if (measure) {
            i++;
        }
        if (i < n && (Fold.isCjk(text.charAt(i)) || measure)) {
            int limit = Math.min(n, i + 10);
            for (int k = i; k < limit; k++) {
                char c = text.charAt(k);
                if (Character.isDigit(c) || "，。、；：！？（）(),;:!?".indexOf(c) >= 0) {
                    break;
                }
                if (Fold.isLatinLetter(c) && (k == 0 || !Fold.isLatinLetter(text.charAt(k - 1)))) {
                    int w = k;
                    while (w < n && Fold.isLatinLetter(text.charAt(w))) {
                        w++;
                    }
                    String unit = Lexicon.unit(text.substring(k, w));
                    if (unit != null) {
                        return unit;
                    }
                }
                for (String u : Lexicon.CJK_UNITS) {
                    if (text.startsWith(u, k)) {
                        return Lexicon.unit(u);
                    }
                }
            }
            return null;
        }
        List<String> next = new ArrayList<>(4);
        int k = i;
        while (next.size() < 4 && k < n && Fold.isLatinLetter(text.charAt(k))) {
            int w = k;
            while (w < n && (Fold.isLatinLetter(text.charAt(w)) || text.charAt(w) == '-' || text.charAt(w) == '\'')) {
                w++;
            }
            next.add(text.substring(k, w));
            k = w;
            if (k < n && Fold.isSpace(text.charAt(k))) {
                k++;
            } else {
                break;
            }
        }
        for (int t = 0; t < Math.min(3, next.size()); t++) {
            for (int len = Math.min(3, next.size() - t); len >= 1; len--) {
                String unit = Lexicon.unit(String.join(" ", next.subList(t, t + len)));
                if (unit != null) {
                    return unit;
                }
            }
        }
        return null;
    }

    private void chineseNumbers() {
        Matcher m = CJK_NUMERAL.matcher(text);
        int n = text.length();
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String run = m.group();
            if (free(s, e) && (run.equals("亿") || run.equals("万亿")) && s > 0 && "过超逾破".indexOf(text.charAt(s - 1)) >= 0) {
                bareScale(s, e, run); // "净利润过亿元", "分红总额均超亿元": more than one 亿
                continue;
            }
            if (!free(s, e) || s > 0 && "第几数上成每逐统之唯期周万千百".indexOf(text.charAt(s - 1)) >= 0
                    || run.chars().noneMatch(c -> "一二两三四五六七八九十".indexOf(c) >= 0)) {
                continue;
            }
            BigDecimal value = ChineseNumerals.parse(run);
            if (value == null || value.signum() == 0) {
                continue;
            }
            boolean wanYi = run.indexOf('万') >= 0 || run.indexOf('亿') >= 0;
            int end = e;
            Matcher ca = CURRENCY_AFTER.matcher(text).region(end, Math.min(n, end + 30));
            String currency = null;
            if (ca.lookingAt() && Fold.isCjk(ca.group(1).charAt(0))) {
                currency = Lexicon.currency(ca.group(1), language);
                end = ca.end();
            }
            String unit = currency == null ? unitAfter(end) : null;
            boolean counted = currency == null && !wanYi && unit == null && value.doubleValue() >= 2 && measured(end);
            if (currency == null && !wanYi && !counted && (unit == null || value.doubleValue() < 2)) {
                continue;
            }
            int start = s;
            Mention.Hedge hedge = Mention.Hedge.EXACT;
            Matcher hb = HEDGE_BEFORE.matcher(text).region(Math.max(0, s - 4), s);
            if (hb.find() && Fold.isCjk(hb.group(1).charAt(0))) {
                hedge = hedge(hb.group(1));
                start = hb.start();
            }
            int digits = Math.max(2, value.stripTrailingZeros().precision());
            ClaimKind kind = currency != null ? ClaimKind.AMOUNT : ClaimKind.COUNT;
            ClaimValue v = currency != null ? new ClaimValue.Amount(value.doubleValue(), currency) : new ClaimValue.Count(value.doubleValue(), unit);
            if (free(start, end)) {
                add(Mention.figure(start, end, text.substring(start, end), kind, v, digits, hedge, wanYi));
            }
        }
    }

    /** "过亿元", "超亿元", "破万亿": more than one 亿 (or 万亿), of yuan when 元 follows. */
    private void bareScale(int s, int e, String run) {
        BigDecimal value = ChineseNumerals.scale(run);
        int end = e;
        Matcher ca = CURRENCY_AFTER.matcher(text).region(end, Math.min(text.length(), end + 4));
        String currency = null;
        if (ca.lookingAt() && Fold.isCjk(ca.group(1).charAt(0))) {
            currency = Lexicon.currency(ca.group(1), language);
            end = ca.end();
        }
        ClaimValue v = currency != null ? new ClaimValue.Amount(value.doubleValue(), currency) : new ClaimValue.Count(value.doubleValue(), null);
        if (free(s - 1, end)) {
            add(Mention.figure(s - 1, end, text.substring(s - 1, end), currency != null ? ClaimKind.AMOUNT : ClaimKind.COUNT, v, 1,
                    Mention.Hedge.AT_LEAST, true));
        }
    }

    /**
     * Whether a Chinese numeral counts something: a measure word follows it ("三个误区", "两方面", "两到三次"), directly or
     * after the other end of a range ("两到三次"). It is then a count of what the source does not name.
     */
    private boolean measured(int end) {
        int n = text.length();
        int i = end;
        if (i < n && "到至或".indexOf(text.charAt(i)) >= 0) {
            int j = i + 1;
            while (j < n && "一二两三四五六七八九十".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j == i + 1) {
                return false;
            }
            i = j;
        }
        return i < n && (CHINESE_MEASURES.indexOf(text.charAt(i)) >= 0 || text.startsWith("方面", i));
    }

    private static final Pattern CLOCK_AFTER = Pattern.compile("\\s?(?:[aApP]\\.[mM]\\.|[aApP][mM](?![A-Za-z]))");

    private static final String CHINESE_MEASURES = "个次家项名位款场件只条轮批届";

    FigureFinder(Scan scan) {
        super(scan);
    }
}
