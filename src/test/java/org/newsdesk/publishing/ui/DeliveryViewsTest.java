package org.newsdesk.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.publishing.PreviewLink;
import org.newsdesk.publishing.WebhookEndpoint;
import org.newsdesk.publishing.WebhookService;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The preview screen the editor's Preview button opens, and the admin's webhook screen. */
@IntegrationTest
class DeliveryViewsTest {

    @Autowired ApplicationContext context;
    @Autowired WebhookService webhooks;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void theEditorsPreviewButtonLeadsToAPreviewAndASharedLinkThatCanBeRevoked() {
        StoryId id = new Desk(context).storyFromSource("Preview view " + UUID.randomUUID(), "FrenchWeb", null, "Some text.");
        ui.signIn("editor");
        UI.getCurrent().navigate("stories/" + id.value());
        _click(_get(Button.class, spec -> spec.withId("preview-story")));
        PreviewView view = _get(PreviewView.class);
        assertThat(view.open.getHref()).isEqualTo("/desk-preview/stories/" + id.value());

        assertThat(GridKt._size(view.links)).isZero();
        assertThat(view.links.getEmptyStateText()).as("a story never shared says how to share it").contains("Share a preview link");
        _click(view.share);
        assertThat(view.made.getValue()).matches("http.*/preview/[A-Za-z0-9_-]{43}");
        List<PreviewLink> rows = GridKt._fetch(view.links, 0, 10);
        assertThat(rows).singleElement().satisfies(l -> assertThat(l.revokedAt()).isNull());
        Button revoke = (Button) GridKt._getCellComponent(view.links, 0, "revoke");
        _click(revoke);
        assertThat(GridKt._fetch(view.links, 0, 10)).singleElement().satisfies(l -> assertThat(l.revokedAt()).isNotNull());
    }

    @Test
    void anAdminRegistersAnEndpointSeesItsSecretOnceAndARefusedAddressInPlainWords() {
        ui.signIn("admin");
        UI.getCurrent().navigate("webhooks");
        WebhooksView view = _get(WebhooksView.class);
        assertThat(view.deliveries.getEmptyStateText()).as("the log before an endpoint is picked").startsWith("Pick an endpoint");

        setValueAsUser(view.url, "http://192.168.1.20/hooks");
        _click(view.add);
        assertThat(view.message.getText()).contains("private-network address").contains("NEWSDESK_INGEST_ALLOWED_HOSTS");

        String path = "/hooks/" + UUID.randomUUID();
        setValueAsUser(view.url, "http://localhost:9" + path);
        _click(view.add);
        assertThat(_get(TextField.class, spec -> spec.withId("webhook-secret")).getValue()).startsWith("whsec_");
        List<WebhookEndpoint> rows = GridKt._fetch(view.endpoints, 0, 100);
        WebhookEndpoint made = rows.stream().filter(e -> e.url().endsWith(path)).findFirst().orElseThrow();
        assertThat(made.secret()).isNull();
        ui.signIn("admin");
        webhooks.remove(made.id());
    }
}
