package org.newsdesk.publishing.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every other address under the public site's folders ({@code /articles/}, {@code /articles/x/y},
 * {@code /feeds/x}, …) gets the public site's own 404 page, sessionless and under its strict CSP,
 * instead of falling through to the editorial app (which would answer with its shell and a session).
 * The public site's exact addresses in {@link PublicSiteController} are more specific and win.
 */
@Controller
class PublicNotFound {

    private final PublicPages pages;

    PublicNotFound(PublicPages pages) {
        this.pages = pages;
    }

    @RequestMapping({"/articles", "/articles/**", "/categories", "/categories/**", "/tags", "/tags/**", "/feeds", "/feeds/**"})
    ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.parseMediaType(PublicPages.HTML))
                .cacheControl(CacheControl.noCache()).body(pages.notFound());
    }
}
