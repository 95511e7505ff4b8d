package org.newsdesk.publishing;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Role.Names;
import org.newsdesk.publishing.internal.Previews;
import org.newsdesk.story.StoryId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A story as readers will see it before it is published: the public article page rendered from its
 * latest revision, for the desk (signed in) and, through a shared link that expires and can be
 * revoked, for anyone who has the link. Previews are never cached publicly, never indexed, and never
 * appear in lists, feeds or the sitemap.
 */
@Service
public class PreviewService {

    private final Previews previews;

    PreviewService(Previews previews) {
        this.previews = previews;
    }

    /** The preview page of a story (HTML), for the desk. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public byte[] render(StoryId story) {
        return previews.render(story);
    }

    /** Makes a link that shows the story's preview to anyone who has it, until it expires or is revoked. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public PreviewLink share(StoryId story) {
        return previews.share(story);
    }

    /** The story's shared links, newest first (their addresses are not kept: see {@link PreviewLink}). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<PreviewLink> links(StoryId story) {
        return previews.links(story);
    }

    /** Stops a shared link from working at once, on every node. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public PreviewLink revoke(long linkId) {
        return previews.revoke(linkId);
    }

    /**
     * The preview behind a shared link's token, for whoever holds the link (no sign-in): the token is
     * the permission. Refused with a plain reason when the token is unknown, expired or revoked.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public byte[] renderShared(String token) {
        return previews.renderShared(token);
    }
}
