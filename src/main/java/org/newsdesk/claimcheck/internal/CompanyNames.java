package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Chinese company names that the gazetteer does not list by their endings ("曦智科技", "众擎机器人",
 * "浦东创投集团"): two to four characters before a word such as 科技, 机器人 or 集团, cut at particles and verbs.
 * Such a name is too uncertain to be a claim of its own, but it is what the figures beside it are said of.
 */
final class CompanyNames {

    private static final Pattern ENDING = Pattern.compile("科技|智能|机器人|集团|银行|资本|基金|创投|半导体|智驾|智航|电子|网络|软件|光电|芯片|动力|医疗");
    private static final String STOP = "得的和与及在由向对将已被把为是了着等并而获完宣布成今去明年月日旗下中其该家这那各均分别则也都于从商称说表示、，。；：！？（）()“”\"' ";
    private static final List<String> TERMS = List.of("人工智能", "具身智能", "通用智能", "生成式", "大模型", "端到端", "自动驾驶");

    /** A name found: where it is. */
    record Found(int start, int end) {}

    private CompanyNames() {}

    private static final Pattern HEAD_ENDING = Pattern.compile(ENDING.pattern() + "|股份|控股|矿业|证券|速递|物流|水泥|汽车|药业|制药|化学|化工|能源|电气|材料|通信");

    /** Whether a company name's ending (科技, 股份, 矿业…) begins at {@code at}: the characters before it are the name's own (富特 of 富特科技). */
    static boolean endingAt(String text, int at) {
        return HEAD_ENDING.matcher(text).region(at, text.length()).lookingAt();
    }

    static List<Found> findChinese(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = ENDING.matcher(text);
        while (m.find()) {
            if (ENDING.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "创投集团": the name ends at the last ending
            }
            int start = m.start();
            while (start > 0 && m.start() - start < 4 && Fold.isCjk(text.charAt(start - 1)) && STOP.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            if (m.start() - start < 2) {
                continue;
            }
            String name = text.substring(start, m.end());
            if (TERMS.stream().anyMatch(name::contains)) {
                continue;
            }
            out.add(new Found(start, m.end()));
        }
        return out;
    }
}
