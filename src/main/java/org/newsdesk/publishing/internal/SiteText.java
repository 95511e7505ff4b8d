package org.newsdesk.publishing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.newsdesk.platform.NewsdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Component;

/**
 * The public site's own words and the disclosure's sentences, one message bundle per language
 * ({@code i18n/site_<language>.properties}, read through a Spring {@link MessageSource}); a language
 * without a bundle gets English. Templates read the words as {@code text.get('tldr')}. Adding a desk
 * language is a bundle plus the language in {@code NEWSDESK_LANGUAGES}: no code.
 */
@Component
class SiteText {

    static final String BASENAME = "i18n/site";
    private static final Logger log = LoggerFactory.getLogger(SiteText.class);

    private final MessageSource messages;
    private final Set<String> known;
    private final Map<String, Map<String, String>> words = new ConcurrentHashMap<>();

    SiteText() {
        var source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        source.setDefaultLocale(Locale.ENGLISH);
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        this.messages = source;
        this.known = Collections.unmodifiableSet(bundleLanguages());
    }

    @Autowired
    SiteText(NewsdeskProperties props) {
        this();
        props.languages().stream().filter(l -> !known.contains(l)).forEach(l -> log.warn(
                "Desk language {} has no {}_{}.properties: the public site writes its words and disclosure in English for it", l, BASENAME, l));
    }

    /** The languages that have a bundle. */
    Set<String> languages() {
        return known;
    }

    /** The site's words in a language (English for a language without a bundle), by key. */
    Map<String, String> in(String language) {
        return words.computeIfAbsent(known.contains(language) ? language : "en", l -> {
            Map<String, String> all = new LinkedHashMap<>();
            keys().forEach(k -> all.put(k, message(l, k)));
            return Collections.unmodifiableMap(all);
        });
    }

    /** The language's own name ("中文"), or its code when there is no bundle for it. */
    String languageName(String language) {
        return known.contains(language) ? message(language, "language") : language;
    }

    /** The OpenGraph locale of a language ("zh_CN"), or its code when there is no bundle for it. */
    String ogLocale(String language) {
        return known.contains(language) ? message(language, "ogLocale") : language;
    }

    /** One message of the language's bundle, its arguments formatted by {@link java.text.MessageFormat}. */
    String message(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    /** The keys of the English bundle, which every other bundle must have too. */
    static Set<String> keys() {
        return bundle("en").stringPropertyNames();
    }

    static Properties bundle(String language) {
        try {
            return PropertiesLoaderUtils.loadProperties(new EncodedResource(new ClassPathResource(BASENAME + "_" + language + ".properties"), "UTF-8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> bundleLanguages() {
        try {
            Set<String> found = new TreeSet<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + BASENAME + "_*.properties")) {
                String name = r.getFilename();
                found.add(name.substring("site_".length(), name.length() - ".properties".length()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
