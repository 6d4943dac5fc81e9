package com.nordhost.clientarea.admin.config;

import com.nordhost.clientarea.web.config.PageHead;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;

/** The back-office shell: the shared theme from {@code frontend/themes/clientarea}; no PWA. */
@Theme("clientarea")
@Meta(name = "referrer", content = "no-referrer")
@Meta(name = "robots", content = "noindex, nofollow")
public class BackOfficeShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        PageHead.configure(settings);
    }
}
