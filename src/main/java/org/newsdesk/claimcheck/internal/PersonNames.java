package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds Chinese personal names, which no capital letter marks: a common surname and one or two given-name
 * characters standing after a title ("创始人杨植麟", "CEO姜大昕", "董事长兼CEO王小川") or before a verb of speech or
 * leadership at the start of a clause ("王小川表示", "梁文锋带领的团队"), or appointed to an office ("任命熊继军为…").
 * Titles include the offices of public bodies and the trades that quote people ("副局长刘海涛", "基金经理王立新").
 */
final class PersonNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤闵辛倪殷单牛温季柳齐康伍乔赖施洪葛庞鲁褚颜符蓝阎傅储卓翟祝焦聂俞詹晏滕邢裴骆靳戚邬栾樊兰巩耿霍庄阮桂池麦";
    private static final String TITLES = "创始人|联合创始人|创办人|董事长|总裁|副总裁|首席执行官|首席技术官|首席科学家|首席财务官|总经理|负责人|CEO|CTO|COO|CFO|教授|院士|博士|主席|掌门人|掌舵人"
            // offices and trades that stand before a person's name: the heads of bodies ("副局长刘海涛"), and who speaks for them
            + "|局长|部长|行长|省长|市长|院长|会长|司长|厅长|署长|秘书长|董事|经理|总监|书记|主任|委员|发言人|总理|大使|分析师|经济学家|研究员|投资人|合伙人";
    private static final String APPOINTING = "任命|提名|免去|选举|推选";
    private static final String VERBS = "表示|称|说|指出|透露|认为|介绍|宣布|强调|坦言|回应|带领|领导|率领|创立|创办";
    private static final String NOT_GIVEN = "表称说指透认介宣强坦回带领率创的在是和与及等也都将已曾对向从为于就而则并年月日";

    private static final Pattern AFTER_TITLE = Pattern.compile("(?:" + TITLES + ")(?:兼(?:" + TITLES + "))?\\s?([" + SURNAMES + "][\\u4e00-\\u9fff]{1,2})");
    private static final Pattern APPOINTED = Pattern.compile("(?:" + APPOINTING + ")([" + SURNAMES + "][\\u4e00-\\u9fff]{1,2}?)(?=为|的|同志)");
    private static final Pattern BEFORE_VERB = Pattern.compile("(?<=^|[，,。；;：:\\s、”“\"])([" + SURNAMES + "][\\u4e00-\\u9fff]{1,2}?)(?=" + VERBS + ")");

    private static final String[] TITLE_TRIGGERS = TITLES.toLowerCase(java.util.Locale.ROOT).split("\\|");
    private static final String[] VERB_TRIGGERS = VERBS.split("\\|");
    private static final String[] APPOINTING_TRIGGERS = APPOINTING.split("\\|");

    /** A name found: where it is. */
    record Found(int start, int end) {}

    private PersonNames() {}

    static List<Found> findChinese(String text) {
        List<Found> out = new ArrayList<>();
        String lower = Anchored.asciiLower(text);
        for (MatchResult m : Anchored.all(AFTER_TITLE, text, lower, TITLE_TRIGGERS, 0, 20)) {
            out.add(trim(text, m.start(1), m.end(1)));
        }
        for (MatchResult m : Anchored.all(APPOINTED, text, lower, APPOINTING_TRIGGERS, 0, 8)) {
            out.add(new Found(m.start(1), m.end(1)));
        }
        for (MatchResult m : Anchored.all(BEFORE_VERB, text, lower, VERB_TRIGGERS, 4, 2)) {
            if (m.end(1) - m.start(1) >= 2) {
                out.add(new Found(m.start(1), m.end(1)));
            }
        }
        return out;
    }

    /** The Chinese name (a common surname and one or two characters) that starts at {@code at}, or null. */
    static String nameAt(String text, int at) {
        if (at + 1 >= text.length() || SURNAMES.indexOf(text.charAt(at)) < 0 || !Fold.isCjk(text.charAt(at + 1)) || NOT_GIVEN.indexOf(text.charAt(at + 1)) >= 0) {
            return null;
        }
        int end = at + 3 <= text.length() && Fold.isCjk(text.charAt(at + 2)) ? at + 3 : at + 2;
        Found f = trim(text, at, end);
        return text.substring(f.start(), f.end());
    }

    /** Drops a last character that starts the verb or particle after a two-character name ("王小川宣" → "王小川"). */
    private static Found trim(String text, int start, int end) {
        if (end - start == 3 && NOT_GIVEN.indexOf(text.charAt(end - 1)) >= 0) {
            return new Found(start, end - 1);
        }
        return new Found(start, end);
    }
}
