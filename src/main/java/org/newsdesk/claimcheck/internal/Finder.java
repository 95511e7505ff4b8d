package org.newsdesk.claimcheck.internal;

import java.util.regex.Pattern;

/**
 * One kind of claim finder over a {@link Scan}: each finder skips the spans an earlier one took and adds what it
 * finds ("Sep 2023" is a date, so not the number 2023). The fields are the scan's, for the finders' brevity.
 */
abstract class Finder {

    static final String SP = "[ \\u00A0\\u202F\\u2009]";

    static final String LATIN = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String spaced(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    static String unspaced(String s) {
        return SPACES.matcher(s).replaceAll("");
    }

    final Scan scan;
    final String text;
    final String language;
    final Sentences sentences;
    final Extractor.Words words;

    Finder(Scan scan) {
        this.scan = scan;
        this.text = scan.text;
        this.language = scan.language;
        this.sentences = scan.sentences;
        this.words = scan.words;
    }

    final boolean fr() {
        return "fr".equals(language);
    }

    final boolean free(int start, int end) {
        return scan.free(start, end);
    }

    final void add(Mention m) {
        scan.add(m);
    }
}
