package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written in words: "nine", "a dozen", "two dozen" (English), "neuf", "une dizaine", "une
 * centaine" (French), and shares in tenths written in Chinese ("两成" = 20%, "超七成" = more than 70%),
 * "half of" / "la moitié" / "一半" (50%). A round word ("une dizaine", "a dozen or so") is approximate.
 * "one", "un" and "une" are left alone: they are mostly articles.
 */
final class NumberWords {

    /** A number word found: its span, value, whether it is approximate, and whether it is a percentage. */
    record Found(int start, int end, double value, boolean approximate, boolean percent) {}

    private static final String L = "A-Za-z\\u00C0-\\u024F";
    private static final Map<String, Integer> EN_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));
    private static final Map<String, Integer> EN_UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
            "eight", 8, "nine", 9);

    /** "Eighty-two", "twenty-one": tens and units joined by a hyphen. */
    private static final Pattern EN_COMPOUND = Pattern.compile("(?i)(?<![" + "A-Za-z\\u00C0-\\u024F" + "-])(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)(?![" + "A-Za-z\\u00C0-\\u024F" + "-])");

    /** "four in five", "one out of three": a share, not two counts. */
    private static final Pattern EN_SHARE = Pattern.compile("(?i)(?<![" + "A-Za-z\\u00C0-\\u024F" + "-])(one|two|three|four|five|six|seven|eight|nine)\\s+(?:in|out\\s+of)\\s+(two|three|four|five|six|seven|eight|nine|ten)(?![" + "A-Za-z\\u00C0-\\u024F" + "-])");
    private static final Map<String, Integer> FR_WORDS = Map.ofEntries(Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4),
            Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15),
            Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50),
            Map.entry("cent", 100));
    private static final Map<String, Integer> FR_ROUND = Map.of("dizaine", 10, "douzaine", 12, "quinzaine", 15, "vingtaine", 20, "trentaine", 30,
            "quarantaine", 40, "cinquantaine", 50, "centaine", 100, "millier", 1000);

    private static final Pattern EN = Pattern.compile("(?i)(?<![" + L + "-])(?:(a|two|three|four|five|six|half\\s+a)\\s+(dozen)|("
            + String.join("|", EN_WORDS.keySet()) + "))(?![" + L + "-])(?!\\s+(?:billion|million|trillion|thousand|percent|per\\s+cent|years?|months?|weeks?|days?|times|quarters?|decades?)\\b)"
            + "|(?<![" + L + "])(half)\\s+of(?![" + L + "])");
    private static final Pattern FR = Pattern.compile("(?i)(?<![" + L + "-])(?:(une?)\\s+(" + String.join("|", FR_ROUND.keySet()) + ")s?|("
            + String.join("|", FR_WORDS.keySet()) + "))(?<!pour\\s?cent)(?![" + L + "'-])(?!\\s+(?:milliards?|millions?|mille|ans?|années?|mois|semaines?|jours?|fois|trimestres?|pour\\s?cent)\\b)"
            + "|(?<![" + L + "])(la\\s+moitié)(?![" + L + "])");
    private static final Pattern ZH = Pattern.compile("(近|逾|超过|超|约|不到|大约)?([一二两三四五六七八九])成(?![本功立为员交熟长果绩就])|(一半|半数)");

    private static final String[] EN_TRIGGERS = java.util.stream.Stream.concat(EN_WORDS.keySet().stream(), java.util.stream.Stream.of("dozen", "half"))
            .toArray(String[]::new);
    private static final String[] FR_TRIGGERS = java.util.stream.Stream.concat(java.util.stream.Stream.concat(FR_WORDS.keySet().stream(),
            FR_ROUND.keySet().stream()), java.util.stream.Stream.of("moitié")).toArray(String[]::new);

    /**
     * A determiner before a plain number word makes it a reference to things already named, not a figure:
     * "the two companies", "les deux groupes", "its three founders" point back at the names around them.
     */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)(?<![" + L + "])(?:the|these|those|its|their|both|all|les|ces|ses|leurs|nos|vos|des"
            + "|tous\\s+les|toutes\\s+les)\\s+$");

    private NumberWords() {}

    /** A ranking after the number makes it a figure again: "the ten largest rounds", "les trois plus gros". */
    private static final Pattern RANKING_AFTER = Pattern.compile("(?i)\\s+(?:[a-z]+est|most|top|leading|first|last|premiers|premières|derniers|dernières|plus)(?![" + L + "])");

    private static boolean reference(String text, int start, int end) {
        return DETERMINER_BEFORE.matcher(text).region(Math.max(0, start - 14), start).find()
                && !RANKING_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Fractions that state a share: "a third of", "deux tiers", "三分之一" (shares, so percentages, approximate). */
    private static final Pattern ZH_FRACTION = Pattern.compile("([二三四五六七八九十])分之([一二三四五六七八九])");
    private static final Pattern EN_FRACTION = Pattern.compile("(?i)(?<![" + L + "])(a|one|two|three)\\s+(thirds?|quarters?)\\s+of(?![" + L + "])");
    private static final Pattern FR_FRACTION = Pattern.compile("(?i)(?<![" + L + "])(un|deux|trois)\\s+(tiers|quarts?)(?![" + L + "])");
    private static final String CJK_DIGITS = "一二三四五六七八九十";

    private static void fractions(String text, String language, List<Found> out) {
        if ("zh".equals(language) || text.indexOf('之') >= 0) {
            Matcher m = ZH_FRACTION.matcher(text);
            while (m.find()) {
                double share = (CJK_DIGITS.indexOf(m.group(2)) + 1.0) / (CJK_DIGITS.indexOf(m.group(1)) + 1.0);
                if (share < 1) {
                    out.add(new Found(m.start(), m.end(), 100 * share, true, true));
                }
            }
        }
        Matcher m = ("fr".equals(language) ? FR_FRACTION : EN_FRACTION).matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            double count = n.equals("a") || n.equals("one") || n.equals("un") ? 1 : n.equals("two") || n.equals("deux") ? 2 : 3;
            double of = m.group(2).toLowerCase(Locale.ROOT).startsWith("t") ? 3 : 4;
            if (count < of) {
                out.add(new Found(m.start(), m.end(), 100 * count / of, true, true));
            }
        }
    }

    static List<Found> find(String text, String language) {
        List<Found> out = new ArrayList<>();
        fractions(text, "zh".equals(language) ? "zh" : "fr".equals(language) ? "fr" : "en", out);
        String lower = Anchored.asciiLower(text);
        for (MatchResult m : Anchored.all(ZH, text, lower, new String[] {"成", "一半", "半数"}, 4, 2)) {
            if (m.group(2) != null) {
                int tenths = "一二三四五六七八九".indexOf(m.group(2).equals("两") ? "二" : m.group(2)) + 1;
                out.add(new Found(m.start(), m.end(), tenths * 10, m.group(1) != null, true));
            } else {
                out.add(new Found(m.start(), m.end(), 50, false, true));
            }
        }
        if ("zh".equals(language)) {
            return out;
        }
        if ("fr".equals(language)) {
            for (MatchResult m : Anchored.all(FR, text, lower, FR_TRIGGERS, 4, 40)) {
                if (m.group(2) != null) {
                    out.add(new Found(m.start(), m.end(), FR_ROUND.get(m.group(2).toLowerCase(Locale.ROOT)), true, false));
                } else if (m.group(3) != null) {
                    boolean divisor = m.start() >= 4 && lower.startsWith("par ", m.start() - 4); // "divisé par deux", "multiplié par trois"
                    if (!reference(text, m.start(), m.end()) && !divisor) {
                        out.add(new Found(m.start(), m.end(), FR_WORDS.get(m.group(3).toLowerCase(Locale.ROOT)), false, false));
                    }
                } else {
                    out.add(new Found(m.start(), m.end(), 50, false, true));
                }
            }
            return out;
        }
        List<int[]> taken = new ArrayList<>();
        Matcher share = EN_SHARE.matcher(text);
        while (share.find()) {
            int part = EN_UNITS.get(share.group(1).toLowerCase(Locale.ROOT));
            int whole = share.group(2).equalsIgnoreCase("ten") ? 10 : EN_UNITS.get(share.group(2).toLowerCase(Locale.ROOT));
            if (part < whole) {
                out.add(new Found(share.start(), share.end(), 100.0 * part / whole, true, true));
                taken.add(new int[] {share.start(), share.end()});
            }
        }
        Matcher compound = EN_COMPOUND.matcher(text);
        while (compound.find()) {
            if (!reference(text, compound.start(), compound.end())) {
                out.add(new Found(compound.start(), compound.end(), EN_WORDS.get(compound.group(1).toLowerCase(Locale.ROOT))
                        + EN_UNITS.get(compound.group(2).toLowerCase(Locale.ROOT)), false, false));
            }
            taken.add(new int[] {compound.start(), compound.end()});
        }
        for (MatchResult m : Anchored.all(EN, text, lower, EN_TRIGGERS, 8, 40)) {
            if (taken.stream().anyMatch(r -> m.start() < r[1] && m.end() > r[0])) {
                continue;
            }
            if (m.group(2) != null) {
                String n = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                double times = n.equals("a") ? 1 : n.equals("half a") ? 0.5 : EN_WORDS.get(n);
                out.add(new Found(m.start(), m.end(), 12 * times, n.equals("a") && text.startsWith(" or so", m.end()), false));
            } else if (m.group(3) != null) {
                if (!reference(text, m.start(), m.end())) {
                    out.add(new Found(m.start(), m.end(), EN_WORDS.get(m.group(3).toLowerCase(Locale.ROOT)), false, false));
                }
            } else {
                out.add(new Found(m.start(), m.start() + 4, 50, false, true));
            }
        }
        return out;
    }
}
