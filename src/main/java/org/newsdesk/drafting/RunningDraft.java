package org.newsdesk.drafting;

import java.time.Instant;

import org.newsdesk.identity.UserId;

/** The AI draft running on a story now: who started it and when. */
public record RunningDraft(UserId startedBy, Instant startedAt) {}
