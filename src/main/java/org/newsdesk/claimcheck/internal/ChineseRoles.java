package org.newsdesk.claimcheck.internal;

import java.util.List;

/**
 * Who a person is in Chinese, by the office written right before the name ("阿里巴巴集团CEO张献涛") or after an
 * appointment ("任命何忠友为工信部副部长"). A draft gives a person another person's office when the sources say who this
 * person is, and the draft's office stands, more of it than of this person's own, before another name in the sources:
 * "任命熊继军为工信部副部长" and "任命何忠友为新疆生产建设兵团政委" make "任命何忠友为工信部副部长" a swapped role; "CEO吴泳铭" and
 * "阿里云无影事业部总裁张献涛" make "阿里巴巴集团CEO张献涛" one. Offices are compared by their ends, where the title is.
 */
final class ChineseRoles {

    private static final String BOUNDARY = "，,。；;、：:（）()“”\"《》\n 和与及兼";
    private static final String LEADING = "应由据经对向被让请将";
    private static final int LONGEST = 14;

    private ChineseRoles() {}

    /** Why the office a Chinese draft gives a person is another person's in the sources, or null. */
    static String swapped(Mention d, List<Doc> sources) {
        if (!"zh".equals(d.doc.language) || d.text.isEmpty() || !Fold.isCjk(d.text.charAt(0))) {
            return null;
        }
        String person = d.text;
        String text = d.doc.folded;
        boolean appointed = text.startsWith("为", d.end) && text.substring(0, d.start).endsWith("任命");
        String role = appointed ? after(text, d.end + 1) : before(text, d.start);
        if (role.length() < 2) {
            return null;
        }
        int own = -1;
        int other = 0;
        String otherPerson = null;
        Doc where = null;
        for (Doc s : sources) {
            if (!"zh".equals(s.language)) {
                continue;
            }
            String t = s.folded;
            for (int at = t.indexOf(person); at >= 0; at = t.indexOf(person, at + 1)) {
                String mine = t.startsWith("为", at + person.length()) ? after(t, at + person.length() + 1) : before(t, at);
                for (String part : mine.split("、")) {
                    if (!part.isEmpty()) {
                        own = Math.max(own, commonEnd(role, part));
                    }
                }
            }
            for (int k = role.length(); k > Math.max(1, other); k--) {
                String end = role.substring(role.length() - k);
                String q = holder(t, end, person, appointed && k == role.length());
                if (q != null) {
                    other = k;
                    otherPerson = q;
                    where = s;
                    break;
                }
            }
        }
        if (own < 0 || own >= role.length() || other <= own) {
            return null;
        }
        return "swapped role: in " + where.label() + " \"" + role.substring(role.length() - other) + "\" goes with " + otherPerson + ", not " + person;
    }

    /** The name that the office's end stands before in the text (or that was appointed to the whole office), not {@code person}. */
    private static String holder(String t, String end, String person, boolean appointment) {
        for (int at = t.indexOf(end); at >= 0; at = t.indexOf(end, at + 1)) {
            int e = at + end.length();
            if (e < t.length() && Fold.isCjk(t.charAt(e)) && BOUNDARY.indexOf(t.charAt(e)) < 0 && !t.startsWith(person, e)) {
                String q = PersonNames.nameAt(t, e);
                if (q != null) {
                    return q;
                }
            }
            if (appointment && at > 0 && t.charAt(at - 1) == '为' && (e == t.length() || BOUNDARY.indexOf(t.charAt(e)) >= 0)) {
                int appointedAt = t.lastIndexOf("任命", at);
                if (appointedAt >= 0 && at - 1 - (appointedAt + 2) <= 4) {
                    String q = t.substring(appointedAt + 2, at - 1);
                    if (!q.equals(person) && !q.isEmpty()) {
                        return q;
                    }
                }
            }
        }
        return null;
    }

    /** The office written right before a name, back to the clause's start, without a leading preposition. */
    static String before(String t, int start) {
        int i = start;
        while (i > 0 && start - i < LONGEST && BOUNDARY.indexOf(t.charAt(i - 1)) < 0) {
            i--;
        }
        String r = t.substring(i, start);
        return r.length() > 2 && LEADING.indexOf(r.charAt(0)) >= 0 ? r.substring(1) : r;
    }

    /** The offices after "为" up to the clause's end ("新疆生产建设兵团政委、中国新建集团公司董事长"). */
    static String after(String t, int from) {
        int i = from;
        while (i < t.length() && i - from < 3 * LONGEST && "，,。；;\n".indexOf(t.charAt(i)) < 0) {
            i++;
        }
        return t.substring(from, i);
    }

    private static int commonEnd(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
