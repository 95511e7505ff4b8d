package org.newsdesk.claimcheck;

import java.util.List;
import java.util.Optional;

/** Every claim found in a draft, in the order of the draft's fields and of the text within each field. */
public record ClaimReport(List<Claim> claims) {

    public ClaimReport {
        claims = List.copyOf(claims);
    }

    /** The claims a reviewer must resolve: unsupported ones and unsourced currency conversions. */
    public List<Claim> unsupported() {
        return claims.stream().filter(Claim::flagged).toList();
    }

    /** The claims the sources support. */
    public List<Claim> supported() {
        return claims.stream().filter(c -> !c.flagged()).toList();
    }

    /** Whether nothing needs resolving. */
    public boolean clean() {
        return claims.stream().noneMatch(Claim::flagged);
    }

    public Optional<Claim> find(ClaimId id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
