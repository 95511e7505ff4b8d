package org.newsdesk.claimcheck.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Western names that Chinese writes by sound ("Nuno Matos" = 努诺·马托斯, "Bostic" = 博斯蒂克, "Nagel" = 内格尔): both
 * spellings are reduced to the consonants one hears, by class (b/p, d/t, g/k/c, s/z/sh/ch/j/q/x, l/r, m, n, f/v),
 * vowels, h, w and y left out and a class said twice in a row counted once; a name matches when its consonants are those
 * of a run of the characters Chinese uses to transliterate (the Xinhua set, below) in a source. A surname needs three
 * consonants ("Matos" m-t-s = 马托斯), a whole name four; fewer would match too much.
 */
final class Transliteration {

    /** The characters of Chinese transliterations of foreign names (the common part of Xinhua's table). */
    private static final String CHARS = "阿埃艾安昂奥巴芭拜班邦贝本比彼宾波伯博布查达戴丹道德邓迪蒂丁杜多厄恩尔法凡范菲费芬丰弗福富盖甘冈高戈哥格"
            + "古瓜圭哈海汉豪赫黑亨胡华怀惠霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉丽林琳留卢鲁伦罗洛吕马玛迈麦曼"
            + "芒梅门蒙米敏明莫姆穆纳娜奈南瑙内妮尼纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴琼丘屈萨塞桑瑟森沙莎尚绍舍申什施舒斯松苏索"
            + "塔泰坦汤唐特滕提图托瓦万旺威韦维温沃乌武西希锡夏谢辛欣休雅亚扬耶伊因英尤于约泽扎詹兹佐京济普杰蒂斯";

    private static final boolean[] IS = new boolean['\u9FFF' - '\u4E00' + 1];

    static {
        for (char c : CHARS.toCharArray()) {
            IS[c - '\u4E00'] = true;
        }
    }

    private Transliteration() {}

    static boolean isTransliterationChar(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' && IS[c - '\u4E00'];
    }

    /** The consonant classes of a Latin word or name ("Matos" → "mts", "Chernyshenko" → "slnsnk"), or null when it has other signs. */
    static String latin(String name) {
        String s = Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.') {
                continue;
            }
            if (c < 'a' || c > 'z') {
                return null;
            }
            char k;
            if ((c == 'c' || c == 's' || c == 't') && next == 'h') {
                k = c == 't' ? 't' : 's';
                i++;
            } else if (c == 'p' && next == 'h') {
                k = 'f';
                i++;
            } else if (c == 'c' && (next == 'k' || next == 'q')) {
                k = 'k';
                i++;
            } else if (c == 'q' && next == 'u') {
                k = 'k';
                i++;
            } else {
                k = switch (c) {
                    case 'b', 'p' -> 'p';
                    case 'd', 't' -> 't';
                    case 'g', 'k', 'q' -> 'k';
                    case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                    case 's', 'z', 'j' -> 's';
                    case 'x' -> 'S';
                    case 'l', 'r' -> 'l';
                    case 'm' -> 'm';
                    case 'n' -> 'n';
                    case 'f', 'v' -> 'f';
                    default -> ' ';
                };
            }
            if (k == 'S') {
                append(b, 'k');
                append(b, 's');
            } else if (k != ' ') {
                append(b, k);
            }
        }
        return b.toString();
    }

    /** The consonant classes of Chinese characters by their readings (马托斯 "ma tuo si" → "mts"), or null when one has no reading. */
    static String chinese(CharSequence cjk) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cjk.length(); i++) {
            char c = cjk.charAt(i);
            if (c == '·' || c == '•') {
                continue;
            }
            String r = Pinyin.of(String.valueOf(c));
            if (r == null || r.isEmpty()) {
                return null;
            }
            syllable(b, r);
        }
        return b.toString();
    }

    private static void syllable(StringBuilder b, String r) {
        String rest = r;
        if (r.startsWith("zh") || r.startsWith("ch") || r.startsWith("sh")) {
            append(b, 's');
            rest = r.substring(2);
        } else {
            char k = switch (r.charAt(0)) {
                case 'b', 'p' -> 'p';
                case 'd', 't' -> 't';
                case 'g', 'k' -> 'k';
                case 'j', 'q', 'x', 'z', 'c', 's' -> 's';
                case 'l', 'r' -> 'l';
                case 'm' -> 'm';
                case 'n' -> 'n';
                case 'f' -> 'f';
                default -> ' ';
            };
            if (k != ' ') {
                append(b, k);
                rest = r.substring(1);
            }
        }
        if (rest.equals("er")) {
            append(b, 'l');
        } else if (rest.endsWith("n") || rest.endsWith("ng")) {
            append(b, 'n');
        }
    }

    private static void append(StringBuilder b, char k) {
        if (b.isEmpty() || b.charAt(b.length() - 1) != k) {
            b.append(k);
        }
    }

    /**
     * The sources' transliterated names by their consonants: each run of transliteration characters of two to six
     * (a middle dot may join its parts), whole and, for a run with a middle dot, its last part (the surname).
     */
    static Map<String, SourceIndex.Occurrence> runs(Iterable<Doc> docs) {
        Map<String, SourceIndex.Occurrence> out = new HashMap<>();
        for (Doc d : docs) {
            String t = d.folded;
            int n = t.length();
            for (int i = 0; i < n; i++) {
                if (!isTransliterationChar(t.charAt(i)) || i > 0 && (isTransliterationChar(t.charAt(i - 1)) || t.charAt(i - 1) == '·')) {
                    continue;
                }
                int e = i;
                int lastDot = -1;
                while (e < n && (isTransliterationChar(t.charAt(e)) || t.charAt(e) == '·' && e + 1 < n && isTransliterationChar(t.charAt(e + 1)))) {
                    if (t.charAt(e) == '·') {
                        lastDot = e;
                    }
                    e++;
                }
                if (e - i < 2) {
                    continue;
                }
                String whole = chinese(t.substring(i, e));
                if (whole != null && whole.length() >= 3) {
                    out.putIfAbsent(whole, new SourceIndex.Occurrence(d, i, e));
                }
                if (lastDot > 0 && e - lastDot > 2) {
                    String surname = chinese(t.substring(lastDot + 1, e));
                    if (surname != null && surname.length() >= 3) {
                        out.putIfAbsent("·" + surname, new SourceIndex.Occurrence(d, i, e));
                    }
                }
                // a run without a dot may carry a word before the name (美联储博斯蒂克 reads 储 apart; 管委内格尔 not): its tails too
                for (int s = i + 1; lastDot < 0 && e - s >= 2; s++) {
                    String tail = chinese(t.substring(s, e));
                    if (tail != null && tail.length() >= 3) {
                        out.putIfAbsent(tail, new SourceIndex.Occurrence(d, s, e));
                    }
                }
            }
        }
        return out;
    }
}
