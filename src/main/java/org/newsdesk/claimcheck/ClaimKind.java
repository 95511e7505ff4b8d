package org.newsdesk.claimcheck;

/** What a claim states. */
public enum ClaimKind {
    /** A sum of money: "€3B", "3 milliards d'euros", "30亿欧元". */
    AMOUNT,
    /** A number of things, with the noun it counts when there is one: "13,800 GPUs", "1.38万块". */
    COUNT,
    /** A percentage: "12%", "12 %", "百分之十二". */
    PERCENT,
    /** A calendar date, month or year: "Sep 2023", "30 mars 2026", "9月". */
    DATE,
    /** A length of time: "half a year", "six mois", "半年". */
    PERIOD,
    /** A relation between two figures: "nearly double", "tripled", "翻近一倍". */
    RATIO,
    /** A name of a company, person, place or product: "Mistral AI", "英伟达". */
    ENTITY
}
