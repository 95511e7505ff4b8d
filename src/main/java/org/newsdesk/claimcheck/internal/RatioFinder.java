package org.newsdesk.claimcheck.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/** Finds multiples: "nearly double", "tripled", "19 times" ({@link Multiples}), "multipliée par deux", "divisée par deux", "翻了一番", "翻两番" (×4), "减半". */
final class RatioFinder extends Finder {

    void find() {
        multiples();
        ratios();
    }

    private static final Pattern EN_RATIO = Pattern.compile("(?i)(?<![" + LATIN + "])(doubled|doubling|double|twice|tripled|tripling|triple|three\\s+times"
            + "|quadrupled|four\\s+times|halved)(?![" + LATIN + "-])");

    private static final Pattern TWICE_AS_MULTIPLE = Pattern.compile("(?i)\\s+(?:as|the|that|its|their|his|her|what|a|an|this|last|\\$|€|£|\\d)");

    private static final Pattern EN_RATIO_HEDGE = Pattern.compile("(?i)(?<![" + LATIN + "])(nearly|almost|close\\s+to|roughly|about|around|more\\s+than|over|just\\s+under"
            + "|just\\s+over)\\s+$");

    private static final Pattern FR_RATIO = Pattern.compile("(?i)(?<![" + LATIN + "])(doublée?s?|doubler(?:a|ont|ait|aient)?|double|triplée?s?"
            + "|tripler(?:a|ont|ait|aient)?|triple|quadruplée?s?|quadrupler(?:a|ont|ait|aient)?|quadruple"
            + "|multipliée?s?\\s+par\\s+(?:deux|trois|quatre|2|3|4)|divisée?s?\\s+par\\s+(?:deux|2))(?![" + LATIN + "])");

    private static final Pattern FR_RATIO_HEDGE = Pattern.compile("(?i)(?<![" + LATIN + "])(presque|quasiment|quasi|près\\s+de|environ|plus\\s+de|plus\\s+que|pratiquement)"
            + "\\s+(?:(?:le|du)\\s+)?$");

    /** Tried only where a text has 倍, 番 or 半, and anchored there: one pass over the text finds those places. */
    private static final Pattern ZH_RATIO = Pattern.compile("(?:翻了两番|翻两番|翻了三番|翻三番|翻了近一倍|翻近一倍|近翻倍|接近翻倍|几乎翻倍|翻了一番|翻一番|翻番|翻了一倍|翻一倍|翻倍|增长了一倍|增长一倍|增加了一倍|近两倍|两倍|2倍|三倍|3倍|减半)$");

    private void multiples() {
        for (Multiples.Found f : Multiples.find(text, language)) {
            if (free(f.start(), f.end())) {
                add(Mention.other(f.start(), f.end(), text.substring(f.start(), f.end()), ClaimKind.RATIO,
                        new ClaimValue.Ratio(f.low(), f.high(), f.meaning()), Mention.Hedge.EXACT));
            }
        }
    }

    private void ratios() {
        Matcher m = (fr() ? FR_RATIO : EN_RATIO).matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("twice") && !TWICE_AS_MULTIPLE.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "impeached twice" counts occasions; "twice the size", "twice as many" compare
            }
            int start = m.start();
            String q = "";
            Matcher h = (fr() ? FR_RATIO_HEDGE : EN_RATIO_HEDGE).matcher(text).useTransparentBounds(true).region(Math.max(0, start - 20), start);
            if (h.find()) {
                q = spaced(h.group(1).toLowerCase(Locale.ROOT));
                start = h.start();
            }
            int base = word.startsWith("tripl") || word.startsWith("three") || word.endsWith("trois") || word.endsWith("3") ? 3
                    : word.startsWith("quadrupl") || word.startsWith("four") || word.endsWith("quatre") || word.endsWith("4") ? 4 : 2;
            String hedge = switch (q) {
                case "nearly", "almost", "close to", "just under", "presque", "quasiment", "quasi", "près de", "pratiquement" -> "nearly";
                case "roughly", "about", "around", "environ" -> "about";
                case "more than", "over", "just over", "plus de", "plus que" -> "more than";
                default -> "";
            };
            addRatio(start, m.end(), base, hedge, word.equals("halved") || word.startsWith("divis"));
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
            int base = w.endsWith("两番") ? 4 : w.endsWith("三番") ? 8 : w.contains("三") || w.contains("3") ? 3 : 2;
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
            case 8 -> "×8";
            default -> "double";
        };
        if (free(start, end)) {
            add(Mention.other(start, end, text.substring(start, end), ClaimKind.RATIO, new ClaimValue.Ratio(low, high, meaning), Mention.Hedge.EXACT));
        }
    }

    RatioFinder(Scan scan) {
        super(scan);
    }
}
