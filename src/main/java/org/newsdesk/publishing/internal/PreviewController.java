package org.newsdesk.publishing.internal;

import java.nio.charset.StandardCharsets;

import org.newsdesk.publishing.PreviewService;
import org.newsdesk.story.StoryId;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * Previews over HTTP: {@code /desk-preview/stories/{id}} for the signed-in desk, and
 * {@code /preview/{token}} for whoever holds a shared link (public, sessionless). Both are private
 * to the one reader: {@code Cache-Control: private, no-store}, {@code noindex}, and no Referer
 * leaves the page (the token is in its address).
 */
@Controller
class PreviewController {

    private final PreviewService previews;

    PreviewController(PreviewService previews) {
        this.previews = previews;
    }

    @GetMapping("/desk-preview/stories/{id}")
    ResponseEntity<byte[]> desk(@PathVariable long id) {
        try {
            return page(HttpStatus.OK, previews.render(new StoryId(id)));
        } catch (IllegalArgumentException e) {
            return page(HttpStatus.NOT_FOUND, message("No such story", "There is no story " + id + "."));
        }
    }

    @GetMapping("/preview/{token}")
    ResponseEntity<byte[]> shared(@PathVariable String token) {
        try {
            return page(HttpStatus.OK, previews.renderShared(token));
        } catch (Previews.Refused e) {
            return page(HttpStatus.valueOf(e.status()), message("Preview not available", e.getMessage()));
        } catch (IllegalArgumentException e) {
            return page(HttpStatus.GONE, message("Preview not available", "The story of this preview no longer exists."));
        }
    }

    private static ResponseEntity<byte[]> page(HttpStatus status, byte[] body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(PublicPages.HTML))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", "noindex, nofollow, noarchive")
                .header("Referrer-Policy", "no-referrer")
                .header(HttpHeaders.VARY, "Cookie")
                .body(body);
    }

    private static byte[] message(String title, String text) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex, nofollow\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(text) + "</p></main></body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
