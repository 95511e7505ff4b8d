package org.newsdesk.archfixture.a.internal;

/** Test fixture for ModularityTest: an internal class of module "a". */
public class Hidden {
    public static String secret() {
        return "only for module a";
    }
}
