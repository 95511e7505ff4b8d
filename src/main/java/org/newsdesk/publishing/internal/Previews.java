package org.newsdesk.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserId;
import org.newsdesk.identity.UserService;
import org.newsdesk.publishing.PreviewLink;
import org.newsdesk.publishing.internal.PublicArticleRepository.Article;
import org.newsdesk.story.Revision;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What {@link org.newsdesk.publishing.PreviewService} does: the public article page of a story's
 * latest revision, rendered on every request (never cached, never listed), and the shared links
 * (preview_link, V30) that open it without an account.
 */
@Component
public class Previews {

    /** A shared link that does not open a preview, with the status and the reason to show. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.time.format.DateTimeFormatter EXPIRED = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    private final StoryService stories;
    private final ArticleAssembler assembler;
    private final PublicPages pages;
    private final JdbcClient jdbc;
    private final UserService users;
    private final DeliverySettings settings;
    private final Clock clock;

    Previews(StoryService stories, ArticleAssembler assembler, PublicPages pages, JdbcClient jdbc, UserService users, DeliverySettings settings,
            Clock clock) {
        this.stories = stories;
        this.assembler = assembler;
        this.pages = pages;
        this.jdbc = jdbc;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    public byte[] render(StoryId id) {
        Story story = stories.get(id);
        Revision revision = story.current();
        Instant now = clock.instant();
        Article row = new Article(id, "preview-" + id.value(), revision.id(), revision.content().headline(List.of()), now, now, now, null);
        var view = assembler.view(assembler.assemble(row, true));
        return pages.previewHtml(view);
    }

    public PreviewLink share(StoryId id) {
        stories.get(id);
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(settings.preview().validFor());
        UserId me = CurrentUser.require().id();
        long linkId = jdbc.sql("""
                insert into preview_link (story_id, token_hash, created_by, created_at, expires_at) values (?, ?, ?, ?, ?) returning id""")
                .params(id.value(), hash(token), me.value(), ReleaseRepository.utc(now), ReleaseRepository.utc(expires)).query(Long.class).single();
        return new PreviewLink(linkId, id, url(token), name(me), now, expires, null);
    }

    public List<PreviewLink> links(StoryId id) {
        return jdbc.sql("select * from preview_link where story_id = ? order by created_at desc, id desc").param(id.value())
                .query((rs, n) -> new PreviewLink(rs.getLong("id"), id, null, name(new UserId(rs.getLong("created_by"))),
                        ReleaseRepository.instant(rs, "created_at"), ReleaseRepository.instant(rs, "expires_at"), ReleaseRepository.instant(rs, "revoked_at")))
                .list();
    }

    public PreviewLink revoke(long linkId) {
        Long story = jdbc.sql("select story_id from preview_link where id = ? for update").param(linkId).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("There is no such preview link."));
        jdbc.sql("update preview_link set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(ReleaseRepository.utc(clock.instant()), CurrentUser.require().id().value(), linkId).update();
        return links(new StoryId(story)).stream().filter(l -> l.id() == linkId).findFirst().orElseThrow();
    }

    public byte[] renderShared(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw new Refused(404, "This preview link is not valid: check that it was copied whole.");
        }
        record Link(long story, Instant expires, Instant revoked) {}
        Link link = jdbc.sql("select story_id, expires_at, revoked_at from preview_link where token_hash = ?").param(hash(token))
                .query((rs, n) -> new Link(rs.getLong(1), ReleaseRepository.instant(rs, "expires_at"), ReleaseRepository.instant(rs, "revoked_at")))
                .optional().orElseThrow(() -> new Refused(404, "This preview link is not valid: check that it was copied whole."));
        if (link.revoked() != null) {
            throw new Refused(410, "This preview link was revoked by the desk.");
        }
        if (!clock.instant().isBefore(link.expires())) {
            throw new Refused(410, "This preview link expired on " + EXPIRED.format(link.expires()) + ".");
        }
        return render(new StoryId(link.story()));
    }

    private String url(String token) {
        String base = assembler.site().baseUrl();
        return base + "/preview/" + token;
    }

    private String name(UserId id) {
        return users.find(id).map(UserAccount::displayName).orElse("someone");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
