package org.newsdesk.claimcheck.internal;

/**
 * Second readings of a claim that no source states as such, tried only when its kind's rule found no source claim of
 * that value: a sum, difference or share of source figures ({@link Derived}), a percentage two source figures make ({@link Shares}), a year or a month a source names as the one before another ({@link PreviousYear}, {@link PreviousMonth}), an age a source sets off by commas after a name ({@link Ages}). Each needs the
 * sources to state what the claim is made from, so a wrong figure stays unsupported.
 */
final class Restated {

    private Restated() {}

    static Outcome support(Mention d, SourceIndex index) {
        Outcome o = Derived.support(d, index);
        if (o == null) {
            o = Shares.support(d, index);
        }
        if (o == null) {
            o = PreviousMonth.support(d, index);
        }
        if (o == null) {
            o = Ages.support(d, index);
        }
        if (o == null) {
            o = PreviousYear.support(d, index);
        }
        return o;
    }
}
