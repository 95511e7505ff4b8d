package org.newsdesk.archfixture.b;

import org.newsdesk.archfixture.a.internal.Hidden;

/** Test fixture for ModularityTest: module "b" reaching into module "a"'s internals, which the rule must catch. */
public class Intruder {
    public String peek() {
        return Hidden.secret();
    }
}
