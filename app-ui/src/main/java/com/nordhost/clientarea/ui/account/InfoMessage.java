package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.web.accessibility.Announcements;
import com.vaadin.flow.component.html.Paragraph;

/** The line under a Security settings heading that says what the last action did; hidden until there is one. */
final class InfoMessage extends Paragraph {

    InfoMessage(String id) {
        setId(id);
        addClassName("info");
        setVisible(false);
    }

    void show(String text) {
        setText(text);
        setVisible(true);
        // Shown where the action was, read out wherever the focus is (the section is often redrawn around it).
        Announcements.announce(this, text);
    }
}
