package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.ContentField;

/**
 * The public site's message bundles: a language is a file, and a file missing a key would show
 * English (or the key) in the middle of a Chinese page, so every bundle must have every key.
 */
class SiteBundlesTest {

    @Test
    void everyBundleHasEveryKeyOfTheEnglishOneAndNoOther() {
        var text = new SiteText();
        assertThat(text.languages()).contains("en", "zh", "fr");
        var english = SiteText.keys();
        for (String lang : text.languages()) {
            assertThat(SiteText.bundle(lang).stringPropertyNames()).as("keys of site_%s.properties", lang).isEqualTo(english);
        }
    }

    @Test
    void everyContentFieldHasANameForTheDisclosure() {
        assertThat(SiteText.keys()).containsAll(Arrays.stream(ContentField.values()).map(f -> "field." + f.name()).toList());
    }

    @Test
    void everyMessageIsAValidPatternAndNoneIsBlankButTheSentenceGap() {
        for (String lang : new SiteText().languages()) {
            var bundle = SiteText.bundle(lang);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                assertThat(new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(new Object[] {"a", "b", "c", "d", "e", 2, "g"}))
                        .as("%s in site_%s.properties", key, lang).isNotNull();
                if (!key.equals("disclosure.gap")) {
                    assertThat(pattern).as("%s in site_%s.properties", key, lang).isNotBlank();
                }
            }
        }
    }

    @Test
    void aLanguageWithoutABundleReadsEnglishWordsAndKeepsItsCodeAsName() {
        var text = new SiteText();
        assertThat(text.in("de").get("sources")).isEqualTo("Sources");
        assertThat(text.languageName("de")).isEqualTo("de");
        assertThat(text.in("fr").get("tldr")).isEqualTo("L'essentiel");
        assertThat(text.in("zh").get("skip")).isEqualTo("跳到正文");
    }
}
