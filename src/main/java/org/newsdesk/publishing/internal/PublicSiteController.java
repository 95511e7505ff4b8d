package org.newsdesk.publishing.internal;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.publishing.Term;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public site's addresses. Every answer comes from a rendering kept by {@link PublicPages} and
 * carries a strong ETag, Last-Modified and Cache-Control; Spring answers 304 Not Modified to a
 * conditional GET or HEAD whose validators still match.
 */
@Controller
class PublicSiteController {

    private final PublicPages pages;
    private final CacheControl cacheControl;

    PublicSiteController(PublicPages pages, NewsdeskProperties props) {
        this.pages = pages;
        this.cacheControl = CacheControl.maxAge(props.publishing().cacheMaxAge().toSeconds(), TimeUnit.SECONDS).cachePublic();
    }

    @GetMapping("/news")
    ResponseEntity<byte[]> home() {
        return respond(pages::home);
    }

    @GetMapping("/articles/{slug}")
    ResponseEntity<byte[]> article(@PathVariable String slug) {
        return respond(() -> pages.article(slug));
    }

    @GetMapping("/categories/{slug}")
    ResponseEntity<byte[]> category(@PathVariable String slug) {
        return respond(() -> pages.term(Term.Kind.CATEGORY, slug));
    }

    @GetMapping("/tags/{slug}")
    ResponseEntity<byte[]> tag(@PathVariable String slug) {
        return respond(() -> pages.term(Term.Kind.TAG, slug));
    }

    @GetMapping("/feeds/rss.xml")
    ResponseEntity<byte[]> rss() {
        return respond(pages::rss);
    }

    @GetMapping("/feeds/atom.xml")
    ResponseEntity<byte[]> atom() {
        return respond(pages::atom);
    }

    @GetMapping("/feeds/feed.json")
    ResponseEntity<byte[]> jsonFeed() {
        return respond(pages::jsonFeed);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap() {
        return respond(pages::sitemap);
    }

    @GetMapping("/robots.txt")
    ResponseEntity<byte[]> robots() {
        return respond(pages::robots);
    }

    private ResponseEntity<byte[]> respond(Supplier<Page> page) {
        Page p;
        try {
            p = page.get();
        } catch (PublicPages.NotFound e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.parseMediaType(PublicPages.HTML))
                    .cacheControl(CacheControl.noCache()).body(pages.notFound());
        }
        if (p.location() != null) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(p.location())).cacheControl(cacheControl).build();
        }
        return ResponseEntity.status(p.status())
                .contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(cacheControl)
                .eTag(p.etag())
                .lastModified(p.lastModified())
                .body(p.body());
    }
}
