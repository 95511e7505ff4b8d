package org.newsdesk.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/** Server push (drafts stream into open editors), the Aura theme and the desk's own styles. */
@Push
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("newsdesk/styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Newsdesk");
    }
}
