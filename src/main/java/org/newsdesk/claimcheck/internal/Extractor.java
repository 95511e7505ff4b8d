package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * Finds the claims in one text: dates, periods, ratios, percentages, amounts, counts and names, in that
 * order, each later kind skipping the spans an earlier one took ("Sep 2023" is a date, not the number
 * 2023). Each kind is found in one pass of a precompiled pattern, and the words around a number (currency,
 * scale, unit) are read by short anchored matches beside it, so the cost grows linearly with the text.
 *
 * <p>Names are found pragmatically, without a language model: runs of capitalised words in Latin script
 * (also inside Chinese text), cut at frequent words ("Current Funding Round" is no name) and at words the
 * texts also use in lower case; a lone capitalised word that opens a sentence counts only when the sources
 * know it or it looks like a name (OpenAI, NVIDIA); names written in Chinese script are found when the
 * gazetteer ({@link Aliases}) lists them.
 */
final class Extractor {

    /** What the extraction needs to know about the words of the texts around it. */
    interface Words {
        /** Whether a word (lower case) is seen in lower case somewhere in the texts: a common word, then. */
        boolean seenInLowerCase(String lower);

        /** Whether the sources use a name (folded words joined by single spaces). */
        boolean knownName(String key);
    }

    private static final String SP = "[ \\u00A0\\u202F\\u2009]";
    private static final String LATIN = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";

    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\\d|3[01])(?![\\d])");
    private static final Pattern FR_NUMERIC_DATE = Pattern.compile("(?<![\\d/])(0?[1-9]|[12]\\d|3[01])/(0?[1-9]|1[0-2])/((?:19|20)\\d{2})(?!\\d)");
    private static final String CJK_MONTH = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";
    private static final String CJK_DAY = "[12]\\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
    private static final Pattern ZH_YEAR_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2}|[一二][〇零九][一二三四五六七八九〇零]{2})\\s*年(?:\\s*(" + CJK_MONTH
            + ")\\s*月份?(?:\\s*(" + CJK_DAY + ")\\s*[日号])?)?");
    private static final Pattern ZH_MONTH_DATE = Pattern.compile("(?<![\\d年个一二三四五六七八九十])(去年|今年|明年)?(" + CJK_MONTH + ")\\s*月份?(?:\\s*(" + CJK_DAY
            + ")\\s*[日号])?");
    private static final String EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Pattern EN_DATE = Pattern.compile("(?<![" + LATIN + "])(?:((?i:last|this|next))\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?("
            + EN_MONTHS + ")(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d]))?(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?(?:\\s+((?i:last\\s+year)))?(?![" + LATIN + "])");
    private static final Pattern FR_DATE = Pattern.compile("(?<![" + LATIN + "])(?:(1er|\\d{1,2})\\s+)?((?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
            + "|septembre|octobre|novembre|décembre|decembre|janv\\.|févr\\.|fév\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|déc\\.))(?:\\s+((?:19|20)\\d{2})(?!\\d))?"
            + "(?:\\s+((?i:dernier|prochain|de\\s+l'année\\s+dernière|l'an\\s+dernier)))?(?![" + LATIN + "])");

    private static final String EN_NUMBER_WORD = "\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty";
    private static final Pattern EN_PERIOD = Pattern.compile("(?i)(?<![" + LATIN + "\\d])(?:(half[\\s-]+a|half)[\\s-]+(year|decade|month)|(?:a|an|one)\\s+(year|month)\\s+and\\s+a\\s+half"
            + "|(" + EN_NUMBER_WORD + ")(\\s+and\\s+a\\s+half)?[\\s-]+(years?|months?|weeks?|days?|decades?|quarters?))(?![" + LATIN + "])(?![\\s-]+old)");
    private static final String FR_NUMBER_WORD = "\\d+(?:,\\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-huit|dix|onze|douze|quinze|vingt|trente";
    private static final Pattern FR_PERIOD = Pattern.compile("(?i)(?<![" + LATIN + "\\d])(?:(?:un|une)\\s+(an|année|mois|semaine|décennie)\\s+et\\s+demie?|(?:un\\s+)?(semestre)"
            + "|(" + FR_NUMBER_WORD + ")\\s+(ans?|années?|mois|semaines?|jours?|décennies?|trimestres?|semestres?))(?![" + LATIN + "])");
    private static final Pattern ZH_PERIOD = Pattern.compile("(?<![\\d零〇一二两三四五六七八九十上下])(近|约|将近|大约)?(半年|一年半|半个月|(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)(个)?多?(年半|年|月|周|星期|天))$");

    private static final Pattern EN_RATIO = Pattern.compile("(?i)(?<![" + LATIN + "])(doubled|doubling|double|twice|tripled|tripling|triple|three\\s+times"
            + "|quadrupled|four\\s+times|halved)(?![" + LATIN + "-])");
    private static final Pattern EN_RATIO_HEDGE = Pattern.compile("(?i)(?<![" + LATIN + "])(nearly|almost|close\\s+to|roughly|about|around|more\\s+than|over|just\\s+under"
            + "|just\\s+over)\\s+$");
    private static final Pattern FR_RATIO = Pattern.compile("(?i)(?<![" + LATIN + "])(doublée?s?|doubler|double|triplée?s?|tripler|triple"
            + "|multipliée?s?\\s+par\\s+(?:deux|trois|2|3))(?![" + LATIN + "])");
    private static final Pattern FR_RATIO_HEDGE = Pattern.compile("(?i)(?<![" + LATIN + "])(presque|quasiment|quasi|près\\s+de|environ|plus\\s+de|pratiquement)"
            + "\\s+(?:(?:le|du)\\s+)?$");
    /** Tried only where a text has 倍, 番 or 半, and anchored there: one pass over the text finds those places. */
    private static final Pattern ZH_RATIO = Pattern.compile("(?:翻了近一倍|翻近一倍|近翻倍|接近翻倍|几乎翻倍|翻了一番|翻一番|翻番|翻了一倍|翻一倍|翻倍|增长了一倍|增长一倍|增加了一倍|近两倍|两倍|2倍|三倍|3倍|减半)$");

    private static final Pattern ZH_PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百点]+|\\d+(?:\\.\\d+)?)");
    private static final Pattern ARABIC = Pattern.compile("(?<![" + LATIN + "\\d.,])(\\d{1,3}(?:(?:," + "|" + SP + ")\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern CJK_NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?[万亿]*");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|U\\.S\\.\\s?\\$|HK\\$|USD|EUR|GBP|CNY|RMB|JPY|CHF|HKD|\\$|€|£|¥|￥|人民币)" + SP + "?$");
    private static final Pattern CURRENCY_AFTER = Pattern.compile(SP + "?(€|\\$|(?i:euros?|(?:de\\s+)?dollars\\s+de\\s+hong\\s+kong|hong\\s+kong\\s+dollars|dollars?(?:\\s+(?:américains|US))?|d'euros|de\\s+dollars(?:\\s+américains)?|de\\s+livres(?:\\s+sterling)?"
            + "|livres\\s+sterling|pounds?|yuans?|yens?)|USD|EUR|GBP|CNY|RMB|JPY|CHF|HKD|欧元|美元|人民币|英镑|日元|港元|元)(?:(?<=[\\u4e00-\\u9fff])|(?![" + LATIN + "]))");
    private static final Pattern SCALE_AFTER = Pattern.compile("(" + SP + "?)((?i:trillions?|tn|billions?|bn|milliards?|mds?|mrds?|md|millions?|mln|mn|thousand|mille|k|m|b|t))(?![" + LATIN + "\\d])(?!-[A-Za-z0-9])");
    private static final Pattern PERCENT_AFTER = Pattern.compile(SP + "?(%|(?i:percentage\\s+points?|points?\\s+de\\s+pourcentage|pour\\s?cent|percent|per\\s+cent)|个百分点|百分点)");
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(~|≈|约合|约|大约|将近|接近|近|逾|超过|超|不到|(?i:about|around|roughly|approximately|approx\\.|some|circa|nearly|almost|close\\s+to"
            + "|more\\s+than|over|above|at\\s+least|less\\s+than|under|below|up\\s+to|at\\s+most|environ|autour\\s+de|quelque|près\\s+de|presque|quasiment|plus\\s+de"
            + "|au\\s+moins|moins\\s+de|jusqu'à))" + SP + "?$");
    private static final Pattern HEDGE_AFTER = Pattern.compile("多|余|左右|以上|\\+");
    private static final Pattern TOKEN = Pattern.compile("[" + LATIN + "][" + LATIN + "0-9]*(?:[-'&.][" + LATIN + "0-9]+)*\\.?|\\d+(?:\\.\\d+)?");
    private static final Pattern ELISION = Pattern.compile("^(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'");

    private static final Pattern BULLET_DIGITS = Pattern.compile("\\d+[.)、]?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String spaced(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    private static String unspaced(String s) {
        return SPACES.matcher(s).replaceAll("");
    }

    private static final String MEASURE_WORDS = "块张颗台名位个家款项座枚套";
    private static final Map<Character, List<String>> CJK_ALIASES = new HashMap<>();

    static {
        for (String form : Aliases.cjkForms()) {
            CJK_ALIASES.computeIfAbsent(form.charAt(0), k -> new ArrayList<>()).add(form);
        }
    }

    private final String text;
    private final String language;
    private final Sentences sentences;
    private final Words words;
    private final boolean[] taken;
    private Boolean[] titleCase;
    private final List<Mention> found = new ArrayList<>();
    private boolean source;

    private Extractor(String text, String language, Sentences sentences, Words words) {
        this.text = text;
        this.language = language;
        this.sentences = sentences;
        this.words = words;
        this.taken = new boolean[text.length() + 1];
    }

    /** The claims in a folded draft text (see {@link Fold}), in text order. */
    static List<Mention> extract(String folded, String language, Sentences sentences, Words words) {
        return extract(folded, language, sentences, words, null, false);
    }

    /**
     * The claims in a folded text, in text order; a source's relative dates ("on Thursday", "下月") are resolved
     * against its publication date.
     */
    static List<Mention> extract(String folded, String language, Sentences sentences, Words words, LocalDate publishedOn, boolean source) {
        Extractor x = new Extractor(folded, language, sentences, words);
        x.source = source;
        x.partsOfYear(publishedOn, source);
        x.dates();
        if (source) {
            x.relativeDates(publishedOn);
        }
        x.periods();
        x.multiples();
        x.ratios();
        x.numberWords();
        x.chinesePercents();
        x.chineseNames(); // before the numbers: a model number glued to a name is the name's ("昇腾910")
        x.arabicNumbers();
        x.chineseNumbers();
        x.chinesePersonNames();
        x.chineseCompanyNames();
        x.latinNames();
        x.found.sort(Comparator.comparingInt(m -> m.start));
        return x.found;
    }

    private boolean fr() {
        return "fr".equals(language);
    }

    private boolean free(int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private void add(Mention m) {
        for (int i = m.start; i < m.end; i++) {
            taken[i] = true;
        }
        found.add(m);
    }

    // ---------------------------------------------------------------- dates

    private static final String[] EN_MONTH_TRIGGERS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    private static final String[] FR_MONTH_TRIGGERS = {"janv", "févr", "fevr", "fév", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept",
        "oct", "nov", "déc", "dec"};

    private void dates() {
        String lower = Anchored.asciiLower(text);
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            addDate(iso.start(), iso.end(), Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)), null);
        }
        if (fr()) {
            Matcher numeric = FR_NUMERIC_DATE.matcher(text);
            while (numeric.find()) {
                addDate(numeric.start(), numeric.end(), Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1)), null);
            }
        }
        for (MatchResult m : Anchored.all(ZH_YEAR_DATE, text, lower, new String[] {"年"}, 8, 12)) {
            int year = cjkOrArabic(m.group(1));
            addDate(m.start(), m.end(), year, m.group(2) == null ? 0 : cjkOrArabic(m.group(2)), m.group(3) == null ? 0 : cjkOrArabic(m.group(3)), null);
        }
        for (MatchResult m : Anchored.all(ZH_MONTH_DATE, text, lower, new String[] {"月"}, 6, 8)) {
            Integer relative = m.group(1) == null ? null : switch (m.group(1)) {
                case "去年" -> -1;
                case "明年" -> 1;
                default -> 0;
            };
            addDate(m.start(), m.end(), 0, cjkOrArabic(m.group(2)), m.group(3) == null ? 0 : cjkOrArabic(m.group(3)), relative);
        }
        if (!fr()) {
            for (MatchResult m : Anchored.all(EN_DATE, text, lower, EN_MONTH_TRIGGERS, 24, 34)) {
                String month = m.group(3);
                boolean hasDay = m.group(2) != null || m.group(4) != null;
                boolean hasYear = m.group(5) != null;
                if ((month.equals("May") || month.equals("March") || month.equals("Mar")) && !hasDay && !hasYear
                        && m.group(1) == null && !precededBy(m.start(), "in", "since", "early", "late", "mid", "until", "by", "from", "of", "in early", "in late")) {
                    continue;
                }
                int day = m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(4) != null ? Integer.parseInt(m.group(4)) : 0;
                Integer relative = null;
                if (m.group(1) != null && !hasYear) {
                    relative = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "last" -> Integer.MIN_VALUE;
                        case "next" -> Integer.MAX_VALUE;
                        default -> 0;
                    };
                }
                if (m.group(6) != null && !hasYear) {
                    relative = -1;
                }
                addDate(m.start(), m.end(), hasYear ? Integer.parseInt(m.group(5)) : 0, Lexicon.month(month), day > 31 ? 0 : day, relative);
            }
        } else {
            for (MatchResult m : Anchored.all(FR_DATE, text, lower, FR_MONTH_TRIGGERS, 8, 48)) {
                if (m.group(1) == null && m.group(3) == null && m.group(4) == null && m.group(2).equals("Mars")) {
                    continue;
                }
                int day = m.group(1) == null ? 0 : m.group(1).equals("1er") ? 1 : Integer.parseInt(m.group(1));
                Integer relative = null;
                if (m.group(4) != null && m.group(3) == null) {
                    String r = m.group(4).toLowerCase(Locale.ROOT);
                    relative = r.equals("dernier") ? Integer.MIN_VALUE : r.equals("prochain") ? Integer.MAX_VALUE : -1;
                }
                addDate(m.start(), m.end(), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), Lexicon.month(m.group(2)), day > 31 ? 0 : day, relative);
            }
        }
    }

    private boolean precededBy(int pos, String... options) {
        String before = text.substring(Math.max(0, pos - 12), pos).toLowerCase(Locale.ROOT).stripTrailing();
        for (String o : options) {
            if (before.endsWith(" " + o) || before.equals(o) || before.endsWith("-") && o.equals("mid")) {
                return true;
            }
        }
        return false;
    }

    private static int cjkOrArabic(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        BigDecimal v = ChineseNumerals.parse(s);
        return v == null ? 0 : v.intValue();
    }

    private void addDate(int start, int end, int year, int month, int day, Integer relative) {
        if (!free(start, end) || month > 12 || day > 31) {
            return;
        }
        add(Mention.date(start, end, text.substring(start, end), new ClaimValue.DateValue(year, month, day), relative));
    }

    /** Quarters and halves ("Q3 2025", "T3", "第三季度", "上半年"); in a source, a missing year is the latest such part. */
    private void partsOfYear(LocalDate publishedOn, boolean source) {
        for (PartsOfYear.Found f : PartsOfYear.find(text, language)) {
            if (!free(f.start(), f.end())) {
                continue;
            }
            ClaimValue.YearPart v = f.value();
            String how = null;
            if (v.year() == 0 && publishedOn != null && (f.relativeYear() != null || source)) {
                int year = f.relativeYear() != null ? publishedOn.getYear() + f.relativeYear()
                        : v.firstMonth() <= publishedOn.getMonthValue() ? publishedOn.getYear() : publishedOn.getYear() - 1;
                ClaimValue.YearPart resolved = new ClaimValue.YearPart(year, v.firstMonth(), v.lastMonth());
                how = "\"" + text.substring(f.start(), f.end()) + "\" in a story of " + publishedOn + " = " + resolved.display();
                v = resolved;
            }
            Mention m = Mention.other(f.start(), f.end(), text.substring(f.start(), f.end()), ClaimKind.DATE, v, Mention.Hedge.EXACT);
            m.resolved = how;
            add(m);
        }
    }

    private void relativeDates(LocalDate publishedOn) {
        for (RelativeDates.Found f : RelativeDates.find(text, language, publishedOn)) {
            if (free(f.start(), f.end())) {
                Mention m = Mention.date(f.start(), f.end(), text.substring(f.start(), f.end()), f.value(), null);
                m.resolved = f.how();
                add(m);
            }
        }
    }

    private void multiples() {
        for (Multiples.Found f : Multiples.find(text, language)) {
            if (free(f.start(), f.end())) {
                add(Mention.other(f.start(), f.end(), text.substring(f.start(), f.end()), ClaimKind.RATIO,
                        new ClaimValue.Ratio(f.low(), f.high(), f.meaning()), Mention.Hedge.EXACT));
            }
        }
    }

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

    // ---------------------------------------------------------------- periods and ratios

    private void periods() {
        if (!fr()) {
            Matcher m = EN_PERIOD.matcher(text);
            while (m.find()) {
                double months;
                if (m.group(2) != null) {
                    months = unitMonths(m.group(2)) / 2;
                } else if (m.group(3) != null) {
                    months = unitMonths(m.group(3)) * 1.5;
                } else {
                    Double n = numberWord(m.group(4));
                    if (n == null) {
                        continue;
                    }
                    months = (n + (m.group(5) != null ? 0.5 : 0)) * unitMonths(m.group(6));
                }
                addPeriod(m.start(), m.end(), months, Mention.Hedge.EXACT);
            }
        } else {
            Matcher m = FR_PERIOD.matcher(text);
            while (m.find()) {
                double months;
                if (m.group(1) != null) {
                    months = unitMonths(m.group(1)) * 1.5;
                } else if (m.group(2) != null) {
                    months = 6;
                } else {
                    Double n = numberWord(m.group(3));
                    if (n == null || m.group(3).equalsIgnoreCase("un") || m.group(3).equalsIgnoreCase("une")) {
                        continue; // "un an" is "a year", not a figure (as "a year" in English)
                    }
                    months = n * unitMonths(m.group(4));
                }
                addPeriod(m.start(), m.end(), months, Mention.Hedge.EXACT);
            }
        }
        for (int at = 1; at <= text.length(); at++) {
            if ("年月周期天".indexOf(text.charAt(at - 1)) < 0) {
                continue; // the pattern is anchored at the unit: tried only where one is
            }
            Matcher m = ZH_PERIOD.matcher(text).useTransparentBounds(true).region(Math.max(0, at - 14), at);
            if (!m.find()) {
                continue;
            }
            double months;
            String whole = m.group(2);
            if (whole.equals("半年")) {
                months = 6;
            } else if (whole.equals("一年半")) {
                months = 18;
            } else if (whole.equals("半个月")) {
                months = 0.5;
            } else {
                String unit = m.group(5);
                if (unit.equals("月") && m.group(4) == null) {
                    continue;
                }
                BigDecimal n = Character.isDigit(m.group(3).charAt(0)) ? new BigDecimal(m.group(3)) : ChineseNumerals.parse(m.group(3));
                if (n == null || unit.startsWith("年") && n.doubleValue() >= 100) {
                    continue;
                }
                months = switch (unit) {
                    case "年" -> 12 * n.doubleValue();
                    case "年半" -> 12 * n.doubleValue() + 6;
                    case "月" -> n.doubleValue();
                    case "周", "星期" -> n.doubleValue() * 7 / 30.44;
                    default -> n.doubleValue() / 30.44;
                };
            }
            addPeriod(m.start(), m.end(), months, m.group(1) == null ? Mention.Hedge.EXACT : Mention.Hedge.APPROX);
        }
    }

    private static Double numberWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (Character.isDigit(l.charAt(0))) {
            return Double.parseDouble(l.replace(',', '.'));
        }
        Integer n = Lexicon.NUMBER_WORDS.get(l);
        return n == null ? null : n.doubleValue();
    }

    private static double unitMonths(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("year") || u.startsWith("an") || u.startsWith("ann")) {
            return 12;
        }
        if (u.startsWith("decade") || u.startsWith("décenn")) {
            return 120;
        }
        if (u.startsWith("quarter") || u.startsWith("trimestre")) {
            return 3;
        }
        if (u.startsWith("semestre")) {
            return 6;
        }
        if (u.startsWith("month") || u.equals("mois")) {
            return 1;
        }
        if (u.startsWith("week") || u.startsWith("semaine")) {
            return 7 / 30.44;
        }
        return 1 / 30.44;
    }

    private void addPeriod(int start, int end, double months, Mention.Hedge hedge) {
        if (free(start, end)) {
            add(Mention.other(start, end, text.substring(start, end), ClaimKind.PERIOD, new ClaimValue.Period(months), hedge));
        }
    }

    private void ratios() {
        Matcher m = (fr() ? FR_RATIO : EN_RATIO).matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            int start = m.start();
            String q = "";
            Matcher h = (fr() ? FR_RATIO_HEDGE : EN_RATIO_HEDGE).matcher(text).useTransparentBounds(true).region(Math.max(0, start - 20), start);
            if (h.find()) {
                q = spaced(h.group(1).toLowerCase(Locale.ROOT));
                start = h.start();
            }
            int base = word.startsWith("tripl") || word.startsWith("three") || word.endsWith("trois") || word.endsWith("3") ? 3
                    : word.startsWith("quadrupl") || word.startsWith("four") ? 4 : 2;
            String hedge = switch (q) {
                case "nearly", "almost", "close to", "just under", "presque", "quasiment", "quasi", "près de", "pratiquement" -> "nearly";
                case "roughly", "about", "around", "environ" -> "about";
                case "more than", "over", "just over", "plus de" -> "more than";
                default -> "";
            };
            addRatio(start, m.end(), base, hedge, word.equals("halved"));
        }
        for (int end = 1; end <= text.length(); end++) {
            char last = text.charAt(end - 1);
            if (last != '倍' && last != '番' && last != '半') {
                continue;
            }
            m = ZH_RATIO.matcher(text).region(Math.max(0, end - 6), end);
            if (!m.find()) {
                continue;
            }
            String w = m.group();
            int base = w.contains("三") || w.contains("3") ? 3 : 2;
            String hedge = w.contains("近") || w.contains("几乎") ? "nearly" : "";
            if (hedge.isEmpty() && (w.endsWith("倍") && !w.startsWith("翻"))) {
                int s = sentences.start(sentences.indexOf(m.start()));
                String before = text.substring(Math.max(s, m.start() - 40), m.start());
                if (before.contains("接近") || before.contains("近") || before.contains("几乎")) {
                    hedge = "nearly";
                }
            }
            addRatio(m.start(), m.end(), base, hedge, w.equals("减半"));
        }
    }

    private void addRatio(int start, int end, int base, String hedge, boolean halved) {
        double[] band = Multiples.band(base, hedge);
        double low = band[0];
        double high = band[1];
        String meaning = halved ? "halved" : (hedge.isEmpty() ? "" : hedge + " ") + switch (base) {
            case 3 -> "triple";
            case 4 -> "quadruple";
            default -> "double";
        };
        if (free(start, end)) {
            add(Mention.other(start, end, text.substring(start, end), ClaimKind.RATIO, new ClaimValue.Ratio(low, high, meaning), Mention.Hedge.EXACT));
        }
    }

    // ---------------------------------------------------------------- numbers

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
        Matcher m = ARABIC.matcher(text);
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
            if (j > end) {
                String units = text.substring(end, j);
                value = value.multiply(ChineseNumerals.scale(units));
                wanYi = units.indexOf('万') >= 0 || units.indexOf('亿') >= 0;
                end = j;
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
            if (!scaled && !wanYi && end < n && Fold.isLatinLetter(text.charAt(end))) {
                continue; // 4o, 5G, 10x, 3D, 1er, 2nd
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
                if (plainInteger && !scaled && !wanYi && unit == null && core.length() == 4 && value.intValue() >= 1900 && value.intValue() <= 2100) {
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
            if (currency == null && !wanYi && (unit == null || value.doubleValue() < 2)) {
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

    // ---------------------------------------------------------------- names

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
        if (e < n && ("万亿千百%％年月日号名人家个位元".indexOf(text.charAt(e)) >= 0 || MEASURE_WORDS.indexOf(text.charAt(e)) >= 0
                || CURRENCY_AFTER.matcher(text).region(e, Math.min(n, e + 30)).lookingAt())) {
            return at;
        }
        return e;
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
        if (size > 0) {
            List<Token> name = segment.subList(0, size);
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
                    || source && plausibleOpener(first.text);
            if (keep && free(start, end)) {
                add(Mention.name(start, end, surface, alias != null ? alias : key, alias, ws));
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
}
