package org.newsdesk.publishing.internal;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API for published content: live articles only (never a draft, a preview or a withdrawn
 * article), with strong ETags and Last-Modified, so that a client's conditional GET is answered 304.
 */
@RestController
@Tag(name = "Articles", description = "Published articles")
class ArticleApiController {

    private final ArticleApi api;
    private final CacheControl cacheControl;
    private final JsonMapper json;

    ArticleApiController(ArticleApi api, NewsdeskProperties props, JsonMapper json) {
        this.api = api;
        this.json = json;
        this.cacheControl = CacheControl.maxAge(props.publishing().cacheMaxAge().toSeconds(), TimeUnit.SECONDS).cachePublic();
    }

    @GetMapping(value = "/api/v1/articles", produces = ArticleApi.JSON)
    @Operation(summary = "Live articles, newest first", description = "Cursor paging: pass nextCursor of a page as cursor to get the next one.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiModel.ArticlePage.class)))
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)", content = @Content)
    @ApiResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ApiModel.Error.class)))
    @ApiResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After",
            content = @Content(schema = @Schema(implementation = ApiModel.Error.class)))
    ResponseEntity<byte[]> list(
            @Parameter(description = "Category slug, e.g. funding") @RequestParam(required = false) String category,
            @Parameter(description = "Tag slug") @RequestParam(required = false) String tag,
            @Parameter(description = "Only articles with content in this language (en, zh, fr)") @RequestParam(required = false) String language,
            @Parameter(description = "Only articles published or changed at or after this UTC time (ISO-8601)") @RequestParam(required = false)
            String updatedSince,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Articles per page, 1 to 100 (default 20)") @RequestParam(required = false) Integer limit) {
        return respond(() -> api.list(category, tag, language, updatedSince, cursor, limit));
    }

    @GetMapping(value = "/api/v1/articles/{slug}", produces = ArticleApi.JSON)
    @Operation(summary = "One live article", description = "A former slug answers 301 to the current one; a withdrawn article answers 410.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiModel.Article.class)))
    @ApiResponse(responseCode = "301", description = "The article has a new slug (Location)", content = @Content)
    @ApiResponse(responseCode = "304", description = "Not modified (If-None-Match matched the ETag)", content = @Content)
    @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = ApiModel.Error.class)))
    @ApiResponse(responseCode = "410", description = "Withdrawn", content = @Content(schema = @Schema(implementation = ApiModel.Error.class)))
    @ApiResponse(responseCode = "429", content = @Content(schema = @Schema(implementation = ApiModel.Error.class)))
    ResponseEntity<byte[]> article(@PathVariable String slug) {
        return respond(() -> api.article(slug));
    }

    private ResponseEntity<byte[]> respond(Supplier<Page> page) {
        Page p;
        try {
            p = page.get();
        } catch (PublicPages.NotFound e) {
            return error(HttpStatus.NOT_FOUND, "There is no live article here.");
        } catch (ArticleApi.BadRequest e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (p.location() != null) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(p.location())).cacheControl(cacheControl).build();
        }
        return ResponseEntity.status(p.status()).contentType(MediaType.APPLICATION_JSON).cacheControl(cacheControl).eTag(p.etag())
                .lastModified(p.lastModified()).body(p.body());
    }

    private ResponseEntity<byte[]> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache())
                .body(json.writeValueAsBytes(new ApiModel.Error(message)));
    }
}
