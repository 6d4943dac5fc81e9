package com.nordhost.clientarea.web.config;

import com.vaadin.flow.server.AppShellSettings;

/** What both apps put in every page's head: the icon browsers show in tabs and bookmarks. */
public final class PageHead {

    private PageHead() {
    }

    public static void configure(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
