package org.newsdesk.publishing;

import java.util.List;

import org.newsdesk.story.StoryContent;

/**
 * Where the public site learns which categories and tags a published revision's content files the
 * article under (the desk may add its own with {@link PublishingService#fileUnder}). The default
 * reads any {@code categories} and {@code tags} lists the content has, in any language; the content
 * model is growing, and once it has typed fields for them, an implementation that reads those
 * replaces it (mark it {@code @Primary}). Asked once per publication, inside its transaction.
 */
public interface ArticleTerms {

    List<Term> of(StoryContent content);
}
