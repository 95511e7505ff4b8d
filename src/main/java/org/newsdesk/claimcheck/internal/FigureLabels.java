package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.Locale;

/**
 * What the words around a figure say it measures, in English, French and Chinese: revenue or profit or deliveries
 * (the measure named nearest before it in its clause, or before the figure it is the growth of: "交付30207辆汽车，同比增30.2%"),
 * year-on-year or quarter-on-quarter ("同比", "环比"), an expectation or the result ("预期1.22美元", "the $1.22 expected"),
 * and a rise or a fall ("涨", "fell"). A draft figure said with another label than the source's same value is that
 * value moved to another measure ("revenue rose 30.2%" where the source's 30.2% is the deliveries' growth).
 */
final class FigureLabels {

    private FigureLabels() {}

    private static final String[][] MEASURES = {
        {"eps", "每股收益", "每股盈利", "earnings per share", "a share", "per share", "bénéfice par action", "eps"},
        {"profit", "净利润", "净利", "溢利", "利润", "盈利", "net profit", "net income", "profit", "profits", "earnings", "bénéfice", "bénéfices",
            "résultat net"},
        {"loss", "亏损", "net loss", "loss", "losses", "perte"},
        {"revenue", "营业收入", "总营收", "营收", "收入", "收益", "销售额", "revenue", "revenues", "turnover", "chiffre d'affaires"},
        {"volume", "交付", "销量", "出货量", "辆", "deliveries", "delivered", "delivers", "vehicles", "units", "shipments", "livraisons",
            "véhicules"},
        {"share", "市场份额", "份额", "market share", "share of", "parts de marché", "part de marché"},
    };

    private static final String[][] BASES = {
        {"yoy", "同比", "比去年同期", "year on year", "year-on-year", "from a year earlier", "a year earlier", "from a year ago", "a year ago",
            "sur un an", "en glissement annuel", "par rapport à l'an dernier"},
        {"qoq", "环比", "quarter on quarter", "quarter-on-quarter", "from the previous quarter", "from the prior quarter", "sequentially",
            "month on month", "month-on-month", "from the previous month", "sur un trimestre", "d'un trimestre à l'autre"},
    };

    /** What analysts expected, said just before the figure ("预期1.22美元", "expectations of $1.39") or just after it ("the $1.22 expected"). */
    private static final String[] EXPECTED_BEFORE = {"预期", "expectations of", "expectation of", "estimates of", "consensus of", "consensus",
        "expected", "predicted", "forecast", "anticipated", "attentes de", "consensus de"};

    private static final String[] EXPECTED_AFTER = {"expected", "predicted", "forecast", "attendus", "attendu", "prévus", "prévu"};

    private static final String[][] DIRECTIONS = {
        {"up", "增长", "增", "上涨", "涨", "上升", "升", "攀升", "提高", "rose", "rise", "rises", "risen", "up", "grew", "grow", "grows", "gained",
            "gain", "jumped", "climbed", "increased", "increase", "surged", "soared", "hausse", "progressé", "progresse", "progresser", "augmenté",
            "bondi", "grimpé"},
        {"down", "下降", "下跌", "下滑", "回落", "减少", "跌", "降", "fell", "fall", "falls", "fallen", "down", "declined", "decline", "dropped",
            "drop", "lost", "slipped", "slid", "decreased", "plunged", "sank", "baisse", "recul", "reculé", "chute", "perdu", "diminué"},
    };

    /** Why the source figure cannot be the draft's: another measure, basis, expectation or direction; null when none says so. */
    static String conflict(Mention d, Mention s) {
        if (d.doc == null || s.doc == null || !d.isFigure() || !s.isFigure()) {
            return null;
        }
        String[] dl = labels(d);
        String[] sl = labels(s);
        String dm = dl[0];
        String sm = sl[0];
        if (dm != null && sm != null && !dm.equals(sm)) {
            return "another measure: in " + s.doc.label() + " " + s.text.strip() + " is the " + word(sm) + ", the draft gives it as the " + word(dm);
        }
        String db = dl[1];
        String sb = sl[1];
        if (db != null && sb != null && !db.equals(sb)) {
            return "another comparison: in " + s.doc.label() + " " + s.text.strip() + " is " + word(sb) + ", the draft gives it as " + word(db);
        }
        boolean de = dl[3] != null;
        boolean se = sl[3] != null;
        if (de != se && (de || se)) {
            return "expectation and result swapped: in " + s.doc.label() + " " + s.text.strip() + " is " + (se ? "what was expected" : "the result")
                    + ", the draft gives it as " + (de ? "what was expected" : "the result");
        }
        String dd = dl[2];
        String sd = sl[2];
        if (dd != null && sd != null && !dd.equals(sd)) {
            return "another direction: in " + s.doc.label() + " " + s.text.strip() + " is a " + (sd.equals("up") ? "rise" : "fall")
                    + ", the draft gives it as a " + (dd.equals("up") ? "rise" : "fall");
        }
        return null;
    }

    /** Measure, basis, direction and (non-null when) expected, read once per figure. */
    private static String[] labels(Mention m) {
        if (m.labels == null) {
            m.labels = new String[] {measure(m), label(m, BASES, true), label(m, DIRECTIONS, false), expected(m) ? "expected" : null};
        }
        return m.labels;
    }

    private static String word(String label) {
        return switch (label) {
            case "eps" -> "earnings per share";
            case "volume" -> "deliveries or units";
            case "share" -> "market share";
            case "yoy" -> "year on year";
            case "qoq" -> "on the previous period";
            default -> label;
        };
    }

    /** The measure named nearest before the figure in its clause, or before the figure whose growth it is. */
    static String measure(Mention m) {
        String t = m.doc.folded;
        int from = clauseStart(m);
        int cut = previousFigureEnd(m, from);
        String found = nearest(t.substring(Math.max(from, cut), m.start), MEASURES);
        if (found == null && cut > from && m.start - cut <= 40) {
            Mention previous = previousFigure(m, from);
            if (previous != null) {
                int cut2 = previousFigureEnd(previous, from);
                found = nearest(t.substring(Math.max(from, cut2), previous.start), MEASURES);
            }
        }
        String tail = t.substring(m.end, Math.min(t.length(), m.end + 16)).toLowerCase(Locale.ROOT);
        if (tail.startsWith(" a share") || tail.startsWith(" per share") || tail.startsWith(" par action")) {
            return "eps"; // "earnings were $1.22 a share"
        }
        return found;
    }

    private static String label(Mention m, String[][] table, boolean lookAfter) {
        String t = m.doc.folded;
        int from = clauseStart(m);
        int cut = previousFigureEnd(m, from);
        String before = t.substring(Math.max(from, cut), m.start);
        if (lookAfter && !"zh".equals(m.doc.language)) {
            // English and French say the basis after the figure ("up 125% year on year"); Chinese before it ("同比增长125%")
            return first(t.substring(m.end, clauseEnd(m)), table);
        }
        return nearest(before, table);
    }

    private static boolean expected(Mention m) {
        String t = m.doc.folded;
        int from = Math.max(clauseStart(m), previousFigureEnd(m, clauseStart(m)));
        String before = t.substring(from, m.start).toLowerCase(Locale.ROOT).stripTrailing();
        for (String w : EXPECTED_BEFORE) {
            if (before.endsWith(w) || Fold.isCjk(w.charAt(0)) && before.length() >= w.length() + 1
                    && before.substring(0, before.length() - 1).endsWith(w) && "升降增减涨跌为达的".indexOf(before.charAt(before.length() - 1)) >= 0) {
                return true;
            }
        }
        String after = t.substring(m.end, Math.min(clauseEnd(m), m.end + 30)).toLowerCase(Locale.ROOT).stripLeading();
        // "the $1.22 expected", "the $2.52 Wall Street expected": within the next three words
        String[] next = after.split("[^\\p{L}]+", 5);
        for (int i = 0; i < Math.min(3, next.length); i++) {
            for (String w : EXPECTED_AFTER) {
                if (next[i].equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Start of the figure's clause: its sentence, after the last semicolon before it. */
    private static int clauseStart(Mention m) {
        String t = m.doc.folded;
        int s = m.doc.sentences.start(m.sentence);
        for (int i = m.start - 1; i >= s; i--) {
            char c = t.charAt(i);
            if (c == ';' || c == '；' || c == '。') {
                return i + 1;
            }
        }
        return s;
    }

    private static int clauseEnd(Mention m) {
        String t = m.doc.folded;
        int e = m.doc.sentences.end(m.sentence);
        for (int i = m.end; i < e; i++) {
            char c = t.charAt(i);
            if (c == ';' || c == '；' || c == '。' || c == ',' || c == '，') {
                return i;
            }
        }
        return e;
    }

    private static Mention previousFigure(Mention m, int from) {
        Mention best = null;
        List<Mention> sentence = m.doc.bySentence.get(m.sentence);
        for (Mention x : sentence) {
            if (x != m && x.isFigure() && x.end <= m.start && x.start >= from && (best == null || x.end > best.end)) {
                best = x;
            }
        }
        return best;
    }

    private static int previousFigureEnd(Mention m, int from) {
        Mention p = previousFigure(m, from);
        return p == null ? from : p.end;
    }

    /** The label of the keyword ending nearest the end of the text. */
    private static String nearest(String text, String[][] table) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestAt = -1;
        int bestLen = 0;
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                int at = lastIndexOfWord(lower, row[i]);
                if (at >= 0 && (at + row[i].length() > bestAt + bestLen || at + row[i].length() == bestAt + bestLen && row[i].length() > bestLen)) {
                    best = row[0];
                    bestAt = at;
                    bestLen = row[i].length();
                }
            }
        }
        return best;
    }

    private static String first(String text, String[][] table) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                int at = indexOfWord(lower, row[i], 0);
                if (at >= 0 && at < bestAt) {
                    best = row[0];
                    bestAt = at;
                }
            }
        }
        return best;
    }

    private static boolean contains(String lower, String w) {
        return indexOfWord(lower, w, 0) >= 0;
    }

    private static int lastIndexOfWord(String lower, String w) {
        int at = lower.lastIndexOf(w);
        while (at >= 0 && !wordAt(lower, w, at)) {
            at = at == 0 ? -1 : lower.lastIndexOf(w, at - 1);
        }
        return at;
    }

    private static int indexOfWord(String lower, String w, int from) {
        int at = lower.indexOf(w, from);
        while (at >= 0 && !wordAt(lower, w, at)) {
            at = lower.indexOf(w, at + 1);
        }
        return at;
    }

    /** A Latin keyword stands as a word of its own; a Chinese one anywhere. */
    private static boolean wordAt(String lower, String w, int at) {
        if (Fold.isCjk(w.charAt(0))) {
            return true;
        }
        boolean startOk = at == 0 || !Character.isLetter(lower.charAt(at - 1));
        int end = at + w.length();
        boolean endOk = end >= lower.length() || !Character.isLetter(lower.charAt(end));
        return startOk && endOk;
    }
}
