package org.newsdesk.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.story.LocalizedContent;

/**
 * Reads the model's labelled answer (HEADLINE / SUMMARY / TLDR), also while it is still
 * streaming, and says what is wrong with a finished one.
 */
public final class DraftFormat {

    private static final Pattern LABEL = Pattern.compile("(?im)^[\\s*#_]*(HEADLINE|SUMMARY|TL;?DR)[\\s*_]*[:：][\\s*_]*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·]|\\d+[.)、])\\s*");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private DraftFormat() {}

    /** Whatever can be read so far; fields not yet begun are empty. */
    public static LocalizedContent parse(String text) {
        String headline = "";
        String summary = "";
        List<String> tldr = new ArrayList<>();
        Matcher m = LABEL.matcher(text);
        List<int[]> marks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {m.start(), m.end()});
            names.add(m.group(1).toUpperCase().replace(";", ""));
        }
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            String body = text.substring(marks.get(i)[1], end).strip();
            switch (names.get(i)) {
                case "HEADLINE" -> headline = clean(body.lines().findFirst().orElse(""));
                case "SUMMARY" -> summary = clean(body.replaceAll("\\s*\\n\\s*", " "));
                default -> body.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .map(l -> clean(BULLET.matcher(l).replaceFirst(""))).filter(l -> !l.isEmpty()).forEach(tldr::add);
            }
        }
        return new LocalizedContent(headline, summary, tldr);
    }

    /** What makes a finished answer unusable, or empty when it is a proper draft. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("the answer was empty");
        }
        LocalizedContent c = parse(text);
        List<String> missing = new ArrayList<>();
        if (c.headline().isBlank()) {
            missing.add("HEADLINE");
        }
        if (c.summary().isBlank()) {
            missing.add("SUMMARY");
        }
        if (c.tldr().isEmpty()) {
            missing.add("TLDR");
        }
        if (!missing.isEmpty()) {
            return Optional.of("the answer was not in the expected format (missing " + String.join(", ", missing) + ")");
        }
        if (c.headline().length() > 200) {
            return Optional.of("the headline was " + c.headline().length() + " characters long");
        }
        if (c.tldr().size() > 8) {
            return Optional.of("the TL;DR had " + c.tldr().size() + " bullets");
        }
        return Optional.empty();
    }

    /** Strips markdown emphasis, and links the model was told not to write (it may not invent them). */
    private static String clean(String s) {
        return LINK.matcher(s.replace("**", "").replace("__", "")).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }
}
