package org.newsdesk.claimcheck;

import java.util.List;

/**
 * Source texts read and indexed once by {@link ClaimChecker#prepare(List)}, to check many versions of a
 * draft against the same sources (the check runs on every save). Immutable and safe to share between threads.
 */
public interface PreparedSources {

    /** The sources, in the order given. */
    List<SourceId> sourceIds();
}
