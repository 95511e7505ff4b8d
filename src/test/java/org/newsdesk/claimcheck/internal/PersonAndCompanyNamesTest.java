package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonAndCompanyNamesTest {

    private static List<String> persons(String text) {
        return PersonNames.findChinese(text).stream().map(f -> text.substring(f.start(), f.end())).distinct().toList();
    }

    private static List<String> companies(String text) {
        return CompanyNames.findChinese(text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void chinesePersonNamesAfterATitleOrBeforeAVerbOfSpeech() {
        assertThat(persons("月之暗面创始人杨植麟表示,Kimi K2表现领先。")).containsExactly("杨植麟");
        assertThat(persons("阶跃星辰CEO姜大昕表示,新模型推理能力大幅提升。")).containsExactly("姜大昕");
        assertThat(persons("百川智能创始人王小川宣布聚焦医疗。")).containsExactly("王小川");
        assertThat(persons("据报道,王坚称这是开始。")).containsExactly("王坚");
        assertThat(persons("公司表示,营收增长。")).isEmpty();
    }

    @Test
    void chineseCompanyNamesByTheirEndingsButNotIndustryTerms() {
        assertThat(companies("光电混合算力提供商曦智科技宣布完成C轮融资。")).containsExactly("曦智科技");
        assertThat(companies("众擎机器人和自变量机器人均宣布融资。")).containsExactly("众擎机器人", "自变量机器人");
        assertThat(companies("获得浦东创投集团和张江集团联合投资。")).containsExactly("浦东创投集团", "张江集团");
        assertThat(companies("具身智能机器人赛道与人工智能产业")).isEmpty();
    }
}
