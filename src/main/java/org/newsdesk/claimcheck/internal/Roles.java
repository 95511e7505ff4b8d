package org.newsdesk.claimcheck.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;

/**
 * Who a person is, by the words around the name: "Jefferies analyst Craig Menear" or "John Petrides, equity
 * strategist at Miller Tabak" gives a person the employer or post that the sources give another person ("Jefferies
 * analyst Jonathan Matuszewski", "Matt Maley, equity strategist at Miller Tabak") and never this one: a swapped role.
 */
final class Roles {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private Roles() {}

    /** Why the role a draft gives a person is another person's in the sources, or null. */
    static String swapped(Mention d, List<Doc> sources) {
        if (d.words.size() < 2 || !"en".equals(d.doc.language) && !"fr".equals(d.doc.language)) {
            return null;
        }
        Set<String> role = roleWords(d.doc.folded, d.start, d.end);
        if (role.isEmpty()) {
            return null;
        }
        String surname = d.words.get(d.words.size() - 1);
        for (String w : role) {
            boolean withPerson = false;
            String other = null;
            for (Doc s : sources) {
                if (!s.language.equals(d.doc.language)) {
                    continue;
                }
                String lower = s.folded.toLowerCase(Locale.ROOT);
                for (int i = 0; i < s.sentences.count(); i++) {
                    String sentence = lower.substring(s.sentences.start(i), s.sentences.end(i));
                    if (!containsWord(sentence, w)) {
                        continue;
                    }
                    if (containsWord(sentence, surname)) {
                        withPerson = true;
                        break;
                    }
                    for (Mention m : s.bySentence.get(i)) {
                        if (m.kind == ClaimKind.ENTITY && m.words.size() >= 2 && !m.words.contains(surname) && near(lower, m, w)) {
                            other = other == null ? m.text : other;
                        }
                    }
                }
                if (withPerson) {
                    break;
                }
            }
            if (!withPerson && other != null) {
                return "swapped role: in the sources \"" + w + "\" goes with " + other + ", not " + d.text;
            }
        }
        return null;
    }

    /**
     * The distinctive words just before a name ("Jefferies analyst") and of its apposition (", equity strategist at
     * Miller Tabak,"), lower case.
     */
    static Set<String> roleWords(String text, int start, int end) {
        Set<String> out = new LinkedHashSet<>();
        int from = start;
        int taken = 0;
        while (taken < 3) {
            int i = from - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            int e = i + 1;
            while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i--;
            }
            if (e == i + 1) {
                break;
            }
            String w = text.substring(i + 1, e);
            if (!Character.isUpperCase(w.charAt(0)) && !w.equals(w.toLowerCase(Locale.ROOT)) || Lexicon.COMMON.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            add(out, w);
            from = i + 1;
            taken++;
        }
        if (end + 2 < text.length() && text.charAt(end) == ',') {
            int stop = end + 1;
            while (stop < text.length() && ",.;:".indexOf(text.charAt(stop)) < 0 && stop - end < 110) {
                stop++;
            }
            if (stop < text.length() && text.charAt(stop) == ',') {
                Matcher m = WORD.matcher(text).region(end + 1, stop);
                while (m.find()) {
                    add(out, m.group());
                }
            }
        }
        return out;
    }

    private static void add(Set<String> out, String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "");
        if (w.length() >= 4 && !Lexicon.COMMON.contains(w) && !Lexicon.NOT_NAMES.contains(w)) {
            out.add(w);
        }
    }

    private static boolean containsWord(String text, String w) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int e = at + w.length();
            boolean after = e == text.length() || !Character.isLetter(text.charAt(e)) || text.startsWith("s", e);
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(String lower, Mention m, String w) {
        int from = Math.max(0, m.start - 60);
        int to = Math.min(lower.length(), m.end + 60);
        return containsWord(lower.substring(from, to), w);
    }
}
