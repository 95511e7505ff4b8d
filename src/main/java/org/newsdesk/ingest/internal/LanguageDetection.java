package org.newsdesk.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Which language a text is in, as an ISO 639-1 code ("en", "fr", "zh"), or {@code null} when
 * unsure. Chinese is recognised by its script (a text that is mostly Han characters is Chinese,
 * simplified or traditional); other languages by optimaize's n-gram profiles, loaded only for the
 * languages a news desk of this kind meets, so a German or Spanish text is not forced into
 * English or French. Thread-safe.
 */
public final class LanguageDetection {

    private static final List<String> PROFILES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "ru", "ja", "ko", "ar", "zh-CN", "zh-TW");
    /**
     * Enough text to tell languages apart; more only costs time. 300 characters (500 until session 9) give the same
     * language as 500 on 99.9 % of real texts where 500 gave one, more often than a different random seed on 500 does,
     * in 70-90 % of the time on long texts (LanguageDetectionBenchmark, docs/benchmarks/ingest.md).
     */
    static final int SAMPLE = 300;
    /**
     * The options of optimaize's detector ingest uses: its defaults (seven randomized trials with a fixed seed on a text over
     * 50 characters). Its {@code shortTextAlgorithm(500)}, one deterministic pass, is half the time but gives another language
     * on 5 % of real texts (mostly English read as Italian, Dutch or German), so it is not used.
     */
    static final UnaryOperator<LanguageDetectorBuilder> OPTIONS = UnaryOperator.identity();
    static final String OPTIONS_DESCRIBED = "optimaize defaults on the first " + SAMPLE + " characters";
    private static final LanguageDetection INSTANCE = new LanguageDetection(OPTIONS, SAMPLE);

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    private final int sampleLength;

    /**
     * A detector reading the first {@code sampleLength} characters of a text, with the given options of optimaize's builder
     * on top of the profiles (LanguageDetectionBenchmark compares choices).
     */
    LanguageDetection(UnaryOperator<LanguageDetectorBuilder> options, int sampleLength) {
        this.sampleLength = sampleLength;
        try {
            var profiles = new LanguageProfileReader().readBuiltIn(PROFILES.stream().map(LdLocale::fromString).toList());
            detector = options.apply(LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("Language profiles missing from the classpath", e);
        }
    }

    public static String detect(String text) {
        return INSTANCE.language(text);
    }

    String language(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > sampleLength ? text.substring(0, sampleLength) : text;
        int letters = 0, han = 0, kana = 0, hangul = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                kana++;
            } else if (script == Character.UnicodeScript.HANGUL) {
                hangul++;
            }
        }
        if (letters == 0) {
            return null;
        }
        if (kana * 10 >= letters) {
            return "ja";
        }
        if (hangul * 3 >= letters) {
            return "ko";
        }
        // Han characters carry a word each: a text with a fifth of them is Chinese with Latin names in it.
        if (han * 5 >= letters) {
            return "zh";
        }
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
        if (found.isEmpty() || found.get(0).getProbability() < 0.75) {
            return null;
        }
        String code = found.get(0).getLocale().getLanguage();
        return code.equals("zh") ? "zh" : code;
    }
}
