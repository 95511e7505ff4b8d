package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The pure parts of dedupe and cleaning: canonical URLs, MinHash similarity, language, charsets, footers. */
class NearDuplicateAndTextTest {

    private static String feedText(String fixture) {
        FeedParser.Entry e = FeedParser.parse(Fixtures.bytes(fixture), "application/xml").entries().get(0);
        return TextCleaner.clean(e.content());
    }

    @Test
    void trackingParametersFragmentsCaseAndDefaultPortsDoNotMakeAnotherUrl() {
        assertThat(UrlCanonicalizer.canonical("HTTPS://Example.COM:443/story?b=2&utm_source=rss&a=1&fbclid=x#comments"))
                .isEqualTo("https://example.com/story?a=1&b=2");
        assertThat(UrlCanonicalizer.canonical("https://example.com/story?utm_medium=email"))
                .isEqualTo(UrlCanonicalizer.canonical("https://example.com/story?utm_source=newsletter&utm_campaign=x"));
        assertThat(UrlCanonicalizer.canonical("https://example.com/story?id=7")).isNotEqualTo(UrlCanonicalizer.canonical("https://example.com/story?id=8"));
        assertThat(UrlCanonicalizer.canonical("ftp://example.com/x")).isNull();
        assertThat(UrlCanonicalizer.canonical("not a url")).isNull();
    }

    @Test
    void theSameNewsFromTwoOutletsIsSimilarAndOtherNewsIsNot() {
        int[] a = MinHash.signature(feedText("feeds/outlet-a.xml"));
        int[] b = MinHash.signature(feedText("feeds/outlet-b.xml"));
        int[] other = MinHash.signature(feedText("feeds/english-rss2.xml"));
        assertThat(MinHash.similarity(a, b)).isGreaterThanOrEqualTo(0.5);
        assertThat(MinHash.similarity(a, other)).isLessThan(0.2);
        long shared = java.util.Arrays.stream(MinHash.bands(a)).filter(x -> java.util.Arrays.stream(MinHash.bands(b)).anyMatch(y -> y == x)).count();
        assertThat(shared).as("similar texts share LSH bands, so the index finds them").isPositive();
        assertThat(MinHash.fromBytes(MinHash.toBytes(a))).isEqualTo(a);
        assertThat(MinHash.signature("Too short to compare.")).isNull();
    }

    @Test
    void chineseIsShingledByCharacters() {
        assertThat(MinHash.tokens("智谱AI发布 new model")).containsExactly("智", "谱", "ai", "发", "布", "new", "model");
    }

    @Test
    void detectsEnglishFrenchAndChinese() {
        assertThat(LanguageDetection.detect("Mistral AI secured €705 million in debt financing to build a data center near Paris.")).isEqualTo("en");
        assertThat(LanguageDetection.detect("Après deux années dominées par la course aux modèles, l’intelligence artificielle entre dans la phase des infrastructures."))
                .isEqualTo("fr");
        assertThat(LanguageDetection.detect("法国AI公司Mistral AI正洽谈融资约30亿欧元，目标估值200亿欧元。")).isEqualTo("zh");
        assertThat(LanguageDetection.detect("台積電週二宣布，將在未來兩年內大幅擴充先進製程產能。")).isEqualTo("zh");
        assertThat(LanguageDetection.detect("12345 — 678")).isNull();
    }

    @Test
    void aByteOrderMarkWinsOverEverythingAndUndeclaredUtf8IsKept() {
        byte[] withBom = ("\uFEFF<html><head><meta charset=\"windows-1252\"></head><body>Café</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlCharsets.decode(withBom, "iso-8859-1").text()).contains("Café").doesNotStartWith("\uFEFF");
        assertThat(HtmlCharsets.decode("<p>Café 北京</p>".getBytes(StandardCharsets.UTF_8), null).text()).isEqualTo("<p>Café 北京</p>");
        assertThat(HtmlCharsets.lookup("gb2312").name()).isEqualTo("GBK");
        assertThat(HtmlCharsets.lookup("ISO-8859-1").name()).isEqualTo("windows-1252");
        assertThat(HtmlCharsets.lookup("no-such-charset")).isNull();
    }

    @Test
    void theFrenchWordPressFooterAndEnglishShareAndSubscribeFootersAreGone() {
        String french = feedText("feeds/french-wordpress.xml");
        assertThat(french).endsWith("qui entend désormais avancer seule sur ses infrastructures.").doesNotContain("est apparu en premier", "FW.MEDIA");
        assertThat(french).contains("705 millions", "13 800 GPU");
        var nvidia = FeedParser.parse(Fixtures.bytes("feeds/english-rss2.xml"), "application/xml").entries().get(1);
        assertThat(TextCleaner.clean(nvidia.content())).endsWith("as inference demand overtakes training.")
                .doesNotContain("Continue reading", "Share this", "Subscribe");
        var mistral = FeedParser.parse(Fixtures.bytes("feeds/english-rss2.xml"), "application/xml").entries().get(0);
        assertThat(TextCleaner.clean(mistral.content())).contains("€705 million", "NVIDIA GPUs & bring", "start-up’s", "Crédit Agricole")
                .doesNotContain("appeared first on", "&euro;", "&amp;");
        assertThat(TextCleaner.clean("Our subscribers asked about it.\nThe company said so.")).isEqualTo("Our subscribers asked about it.\nThe company said so.");
    }
}
