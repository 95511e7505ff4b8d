package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static ArticleExtractor.Extracted extract(String fixture, String headerCharset) {
        String html = HtmlCharsets.decode(Fixtures.bytes(fixture), headerCharset).text();
        return ArticleExtractor.extract(html, "https://outlet.example/story");
    }

    @Test
    void keepsTheStoryAndLeavesNavigationAdsShareBarsAndCommentsOut() {
        var a = extract("pages/heavy-nav.html", null);
        assertThat(a.title()).isEqualTo("Anthropic opens a research office in Zurich");
        assertThat(a.author()).isEqualTo("Hannah Keller");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-04-02T06:15:00Z"));
        assertThat(a.imageUrl()).isEqualTo("https://cdn.compute-ledger.example/img/zurich-office.jpg");
        assertThat(a.canonicalUrl()).isEqualTo("https://compute-ledger.example/2026/04/anthropic-zurich-office");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).startsWith("Anthropic has opened a research office in Zurich")
                .contains("ETH Zurich", "\n\n", "renovated textile warehouse near the main station.")
                .doesNotContain("Most read", "cookies", "Share on", "techfan88", "Rents in Zurich", "Privacy policy", "CoolRack", "Sponsored",
                        "Subscribe to our newsletter", "Artificial intelligence", "Tags:");
    }

    @Test
    void aGbkPageDeclaredAsGb2312InAMetaTagComesOutAsChinese() {
        var a = extract("pages/gbk-article.html", null);
        assertThat(a.title()).isEqualTo("智谱AI发布新一代大模型 参数规模达千亿级");
        assertThat(a.language()).isEqualTo("zh");
        assertThat(a.text()).startsWith("北京时间3月28日，人工智能公司智谱AI在北京发布新一代通用大模型").contains("仍面临挑战")
                .doesNotContain("网友", "云服务器", "版权所有");
    }

    @Test
    void aBig5PageWithNoDeclaredCharsetIsSniffed() {
        var a = extract("pages/big5-article.html", null);
        assertThat(a.title()).isEqualTo("台積電公布先進製程產能擴張計畫");
        assertThat(a.text()).contains("人工智慧晶片的強勁需求");
        assertThat(a.language()).isEqualTo("zh");
    }

    @Test
    void windows1252FromTheHeaderAndIso88591FromAMetaTagComeOutAsFrench() {
        var cp1252 = extract("pages/windows-1252-article.html", "windows-1252");
        assertThat(cp1252.text()).contains("levé 40 millions d’euros", "« Nous voulons prouver qu’une filière européenne");
        assertThat(cp1252.language()).isEqualTo("fr");
        var latin1 = extract("pages/iso-8859-1-article.html", null);
        assertThat(latin1.title()).isEqualTo("Une start-up grenobloise lève 40 millions d'euros pour ses puces");
        assertThat(latin1.text()).contains("gravées à Dresde");
    }

    static String story(String words) {
        return ("<p>" + words + " Mistral AI raised 705 million euros in debt to build a data center near Paris and buy 13,800 GPUs.</p>").repeat(6);
    }

    @Test
    void wrappersNamedSidebarPaywallOrSharingStillGiveTheirArticle() {
        for (String wrapper : java.util.List.of("<div class=\"l-sidebar-fixed l-segment\">%s</div>", "<div class=\"content-with-sidebar-wrp\">%s</div>",
                "<div class=\"paywall\">%s</div>", "<section id=\"sharing-and-the-story\">%s</section>")) {
            String html = "<html><body><nav><a href=\"/\">Home</a></nav><h1>Mistral borrows</h1>" + wrapper.formatted(story("Wrapped."))
                    + "</body></html>";
            assertThat(ArticleExtractor.extract(html, "https://outlet.example/a").text()).as(wrapper).contains("13,800 GPUs").hasSizeGreaterThan(500);
        }
    }

    @Test
    void aPageLaidOutInsideOneFormKeepsItsArticleAndHiddenCopiesAreLeftOut() {
        String html = "<html><body><form method=\"post\" action=\"/page.aspx\"><div class=\"main-article-body\">" + story("In a form.")
                + "<div style=\"display: none\">A hidden duplicate of the teaser that readers never see.</div></div>"
                + "<form><input name=\"q\"><p>Search the site</p></form></form></body></html>";
        String text = ArticleExtractor.extract(html, "https://outlet.example/b").text();
        assertThat(text).contains("In a form.", "13,800 GPUs").doesNotContain("hidden duplicate");
    }

    @Test
    void aChartDrawnWithAi2htmlInsideTheStoryLeavesItsLabelsOutOfTheText() {
        // as on Readability's nytimes-4 test page: each chart comes twice (a wide and a narrow artboard), its labels as paragraphs
        String label = "<div class=\"g-Layer_1 g-aiAbs g-aiPointText\" style=\"top:17.5%%;left:81.7%%;width:90px;\"><p class=\"g-pstyle0\">%s</p></div>";
        StringBuilder artboard = new StringBuilder("<div class=\"g-artboard\" data-min-width=\"600\">");
        for (String text : java.util.List.of("Net interest", "13.0%", "Defense", "10", "Medicaid", "6.6%", "Projected spending as a share of the budget")) {
            artboard.append(label.formatted(text));
        }
        artboard.append("</div>");
        String chart = "<div id=\"g-budget-chart-box\" class=\"ai2html ai2html-box-v5\">" + artboard + artboard + "</div>";
        String html = "<html><body><article><h1>Mistral borrows</h1><section name=\"articleBody\">" + story("Before the chart.") + chart
                + story("After the chart.") + "</section></article></body></html>";
        String text = ArticleExtractor.extract(html, "https://outlet.example/c").text();
        assertThat(text).contains("Before the chart.", "After the chart.").doesNotContain("Net interest", "Medicaid", "Projected spending");
    }

    @Test
    void creditedCaptionsHoverCardsAndLabelledLinksToOtherStoriesStayOutWhileLinksInSentencesStay() {
        // as on the benchmark's development pages (Express, The Hill)
        String html = "<html><body><article><h1>Mistral borrows</h1><div class=\"text\">" + story("Before the photo.")
                + "<div class=\"photo\"><img src=\"a.jpg\"><span class=\"newsCaption\">Engineers at the new site (Image: GETTY )</span></div>"
                + "<p>SEE MORE: <a href=\"/other\">Hong Kong protests: students under siege</a></p>"
                + "<p>The deal was praised by <a href=\"/people/omar\">Ilhan Omar</a><span class=\"card\"><span><img src=\"o.jpg\">"
                + "<a href=\"/people/omar\">Ilhan Omar</a><a href=\"/x\">Hillicon Valley: Progressives oppose funding bill</a></span></span>"
                + " and by <a href=\"/people/others\">the minister</a> in Paris on Monday.</p>"
                + story("After the photo.") + "</div></article></body></html>";
        String text = ArticleExtractor.extract(html, "https://outlet.example/d").text();
        assertThat(text).contains("Before the photo.", "After the photo.", "The deal was praised by Ilhan Omar and by the minister in Paris on Monday.")
                .doesNotContain("GETTY", "Engineers at the new site", "SEE MORE", "students under siege", "Hillicon Valley");
    }

    @Test
    void aBoldLabelAndALinkToAnotherStoryStayOutWhileABoldLeadInToASentenceStays() {
        // as on the benchmark's development pages (Live Science, Space.com): "<strong>Related: </strong><a>…</a>"
        String html = "<html><body><article><h1>Mistral borrows</h1><div class=\"text\">" + story("Before the link.")
                + "<p><strong>Related: </strong><a href=\"/other\"><u><strong>Snapshots of our universe through time</strong></u></a></p>"
                + "<p><strong>Update:</strong> the company <a href=\"/statement\">said on Tuesday</a> that the site opens in May.</p>"
                + story("After the link.") + "</div></article></body></html>";
        String text = ArticleExtractor.extract(html, "https://outlet.example/e").text();
        assertThat(text).contains("Before the link.", "After the link.", "Update: the company said on Tuesday that the site opens in May.")
                .doesNotContain("Related", "Snapshots of our universe");
    }

    @Test
    void theHeadlineOpeningTheStoryIsTheTitleNotTheTextWhileLaterHeadingsStay() {
        // as on most of the benchmark's pages: the labelled body starts after the headline; Mozilla's Readability removes
        // the first h1 or h2 that says what the page's title says, and only that one
        String html = "<html><head><title>Mistral borrows 705 million euros for its data center | Compute Ledger</title></head><body>"
                + "<article><h1>Mistral borrows 705 million euros for its data center</h1>" + story("Before the section.")
                + "<h2>Mistral's data center:</h2>" + story("In the colon section.")
                + "<h2>Why Mistral borrows for its data center</h2>" + story("After the section.") + "</article></body></html>";
        var a = ArticleExtractor.extract(html, "https://outlet.example/f");
        assertThat(a.title()).isEqualTo("Mistral borrows 705 million euros for its data center");
        assertThat(a.text()).startsWith("Before the section.")
                .contains("Mistral's data center:", "In the colon section.", "Why Mistral borrows for its data center", "After the section.")
                .doesNotContain("705 million euros for its data center");
        // a heading ending with a colon leads into what follows: it is not the headline, even when the title says it
        String lead = "<html><head><title>Mistral's data center | Compute Ledger</title></head><body><article>" + story("Before.")
                + "<h2>Mistral's data center:</h2>" + story("After.") + "</article></body></html>";
        assertThat(ArticleExtractor.extract(lead, "https://outlet.example/g").text()).contains("Mistral's data center:", "After.");
    }

    @Test
    void aPrintHeaderThatIsOnlyThePagesOwnAddressStaysOutWhileOtherAddressesInTheStoryStay() {
        // as on the benchmark's development pages: a print-only header above the story holds the page's address
        String html = "<html><body><div class=\"article-content\"><div class=\"print-only\"><img src=\"logo.png\">"
                + "<span>https://outlet.example/news/mistral-borrows-12345.php</span></div>" + story("Before the address.")
                + "<p>https://mistral.example/press</p>" + story("After the address.") + "</div></body></html>";
        String text = ArticleExtractor.extract(html, "https://outlet.example/news/mistral-borrows-12345.php").text();
        assertThat(text).startsWith("Before the address.").contains("https://mistral.example/press", "After the address.")
                .doesNotContain("mistral-borrows-12345");
    }

    @Test
    void aLineThatOnlySaysWhenTheStoryWasPublishedStaysOutWhileASentenceWithADateStays() {
        // as on the benchmark's development pages: "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, …"
        String html = "<html><body><article><h1>Mistral borrows</h1><div class=\"text\"><div class=\"dates\">"
                + "<time datetime=\"2026-04-02T06:15:00Z\"><span>PUBLISHED: </span><span>06:15, Thu, Apr 2, 2026</span></time>"
                + "<time datetime=\"2026-04-02T08:05:00Z\"> | UPDATED: <span>08:05, Thu, Apr 2, 2026</span></time></div>"
                + story("Before the date.") + "<p>The site opens on <time datetime=\"2026-05-04\">Monday 4 May</time>, the company said.</p>"
                + story("After the date.") + "</div></article></body></html>";
        String text = ArticleExtractor.extract(html, "https://outlet.example/h").text();
        assertThat(text).startsWith("Before the date.").contains("The site opens on Monday 4 May, the company said.", "After the date.")
                .doesNotContain("PUBLISHED", "UPDATED", "06:15");
    }

    @Test
    void bylinesAboveTheStoryStayOutWhileAnAuthorsNameInASentenceStays() {
        // as on the benchmark's development pages: two bylines above the story, of which Readability removes only the first
        String html = "<html><head><title>Mistral borrows | Compute Ledger</title><meta name=\"author\" content=\"Hannah Keller\"></head><body><article><h1>Mistral borrows</h1>"
                + "<p class=\"byline\">By Hannah Keller</p><div class=\"byline-section\"><div class=\"attribution\"><span class=\"author\">Hannah Keller</span>"
                + " <span class=\"publication\">Compute Ledger wire services</span></div><div class=\"publish-date\">Published 11:11 PM EST Nov 19, 2019</div></div>"
                + story("Before the bio.") + "<p>Written with <a class=\"author-link\" href=\"/people/m\">Marc Dupont</a>, who covers energy.</p>"
                + story("After the bio.") + "</article></body></html>";
        var a = ArticleExtractor.extract(html, "https://outlet.example/i");
        assertThat(a.author()).isEqualTo("Hannah Keller");
        assertThat(a.text()).startsWith("Before the bio.").contains("Written with Marc Dupont, who covers energy.", "After the bio.")
                .doesNotContain("wire services", "Hannah Keller", "11:11 PM");
    }
}
