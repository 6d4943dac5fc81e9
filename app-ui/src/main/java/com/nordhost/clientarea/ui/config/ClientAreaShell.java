package com.nordhost.clientarea.ui.config;

import com.nordhost.clientarea.web.config.PageHead;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;

/** The customer app's shell: the shared theme from {@code frontend/themes/clientarea}; no PWA. */
@Theme("clientarea")
@Meta(name = "referrer", content = "no-referrer")
public class ClientAreaShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        PageHead.configure(settings);
    }
}
