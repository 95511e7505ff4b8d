package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;

/**
 * Rules for names beyond their spelling: a model number must be the sources' ("GPT-6" is not "GPT-5",
 * "Ascend 920" not "昇腾910"), and an investor said to lead a round must lead that company's round in the
 * sources, not another's ("SoftBank led Mistral's round" when SoftBank led OpenAI's).
 */
final class Names {

    private static final Pattern LEAD = Pattern.compile("(?i)(?<![A-Za-z])(co-led|led|leads|leading|co-leads|spearheaded|headed|a\\s+mené|a\\s+co-mené|mène|menée?s?|conduite?s?"
            + "|invested|invests|invest|investing|backed|backs|funded|funds|financed|a\\s+investi|investit|investira|a\\s+soutenu|soutient|a\\s+financé|finance)"
            + "(?![A-Za-z])|领投|牵头|主导|投资|注资");
    /** Words that may stand between an investor and its verb: "Nvidia will invest", "Sequoia has also backed". */
    private static final Pattern AUXILIARY = Pattern.compile("(?i)((?:has|had|have|which|who|qui|a|est|will|would|also|aussi|plans\\s+to|agreed\\s+to|va|compte)\\s*)*");
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)(?:by|par)\\s+$|由$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;；]|,?\\s+(?:while|whereas|but|tandis\\s+qu['e]|alors\\s+qu['e]|mais)\\s+|，而|,\\s*而|。");

    private Names() {}

    /**
     * A number in a name ("gpt-6", "920") that no source writes while a source writes the same name with another
     * short number or code ("GPT-5", "昇腾910"); null otherwise, so a name with a number the sources never number
     * is left to the other rules.
     */
    static String unsupportedModelNumber(List<String> words, List<Doc> sources) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (w.chars().noneMatch(Character::isDigit) || w.length() > 8) {
                continue;
            }
            boolean seen = false;
            for (Doc s : sources) {
                if (containsWord(Anchored.asciiLower(s.folded), w)) {
                    seen = true;
                    break;
                }
            }
            if (seen) {
                continue;
            }
            String base = w.indexOf('-') > 0 && !Character.isDigit(w.charAt(0)) ? w.substring(0, w.lastIndexOf('-')) : String.join(" ", words.subList(0, k));
            if (base.isEmpty()) {
                continue;
            }
            List<String> forms = new ArrayList<>(List.of(base));
            String id = Aliases.latin(base);
            if (id != null) {
                Aliases.cjkForms().stream().filter(f -> id.equals(Aliases.cjk(f))).forEach(forms::add);
            }
            for (Doc s : sources) {
                String lower = Anchored.asciiLower(s.folded);
                for (String form : forms) {
                    for (int at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
                        if (otherCodeAfter(lower, at + form.length())) {
                            return w;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Whether a short number or model code ("5", "910", "p800") follows, after at most a space or a hyphen. */
    private static boolean otherCodeAfter(String text, int at) {
        int i = at;
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        if (i >= text.length() || !Character.isLetterOrDigit(text.charAt(i)) || Fold.isCjk(text.charAt(i))) {
            return false;
        }
        int end = i;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) && !Fold.isCjk(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        String code = text.substring(i, end);
        return code.length() <= 6 && code.chars().anyMatch(Character::isDigit);
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || Fold.isCjk(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || Fold.isCjk(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the draft says this name led a round of another name in its clause, and no source clause puts the
     * two together while one puts this name with another company: what the sources say instead; else null.
     */
    static String investorSwap(Mention d, List<Doc> sources) {
        Doc doc = d.doc;
        List<Mention> sentence = doc.bySentence.get(d.sentence);
        int from = doc.sentences.start(d.sentence);
        int to = doc.sentences.end(d.sentence);
        if (!isInvestor(d, doc.folded, from, to)) {
            return null;
        }
        int[] clause = clause(doc.folded, from, to, d.start);
        List<Mention> companies = new ArrayList<>();
        for (Mention m : sentence) {
            if (m != d && m.kind == ClaimKind.ENTITY && m.start >= clause[0] && m.end <= clause[1] && !isPlace(m) && !m.sameEntity(d)) {
                companies.add(m);
            }
        }
        if (companies.isEmpty()) {
            return null;
        }
        String elsewhere = null;
        for (Doc s : sources) {
            for (List<Mention> ss : s.bySentence) {
                for (Mention m : ss) {
                    if (m.kind != ClaimKind.ENTITY || !m.sameEntity(d)) {
                        continue;
                    }
                    int[] c = clause(s.folded, s.sentences.start(m.sentence), s.sentences.end(m.sentence), m.start);
                    List<Mention> others = ss.stream().filter(o -> o.kind == ClaimKind.ENTITY && o != m && o.start >= c[0] && o.end <= c[1]
                            && !isPlace(o) && !o.sameEntity(d)).toList();
                    if (others.stream().anyMatch(o -> companies.stream().anyMatch(o::sameEntity))) {
                        return null;
                    }
                    if (elsewhere == null && !others.isEmpty()) {
                        elsewhere = "swapped name: in " + s.label() + " " + m.text + " goes with " + others.get(0).text + ", not "
                                + companies.get(0).text + ": \"" + s.folded.substring(c[0], c[1]).strip() + "\"";
                    }
                }
            }
        }
        return elsewhere;
    }

    private static boolean isPlace(Mention m) {
        return m.aliasId != null && Aliases.isPlace(m.aliasId);
    }

    /** Whether the name stands as the one who leads or invests: right before such a verb, or after "led by"/"由". */
    private static boolean isInvestor(Mention d, String text, int from, int to) {
        Matcher m = LEAD.matcher(text).region(from, to);
        while (m.find()) {
            String gap = text.substring(Math.min(d.end, m.start()), Math.max(d.end, m.start()));
            if (d.end <= m.start() && AUXILIARY.matcher(gap.strip()).matches()) {
                return true;
            }
            if (d.start >= m.end() && d.start - m.end() <= 12 && BY_BEFORE.matcher(text.substring(m.end(), d.start)).find()) {
                return true;
            }
            if (m.group().equals("领投") || m.group().equals("牵头") || m.group().equals("投资") || m.group().equals("注资")) {
                int s = Math.max(from, d.start - 2);
                if (d.end <= m.start() && m.start() - d.end <= 1 || text.substring(s, d.start).endsWith("由") && m.start() - d.end <= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The clause of a sentence around a position: cut at semicolons and at "while", "whereas", "tandis que", "而". */
    static int[] clause(String text, int from, int to, int at) {
        int start = from;
        int end = to;
        Matcher m = CLAUSE_BREAK.matcher(text).region(from, to);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else if (m.start() >= at) {
                end = m.start();
                break;
            }
        }
        return new int[] {start, end};
    }
}
