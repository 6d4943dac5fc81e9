package com.nordhost.clientarea.web.accessibility;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;

/**
 * The page's one polite live region (WCAG 4.1.3): a visually hidden {@code role="status"} that is on the page from its
 * start, so that what an action did ("Two-factor authentication has been activated", "We sent you a link") is read
 * out by screen readers even where the focus goes elsewhere or the message sits in a part of the page redrawn.
 */
public final class Announcements {

    public static final String REGION_ID = "announcements";
    private static final String KEY = Announcements.class.getName();

    private Announcements() {
    }

    /** Puts the empty live region into a new page: a region that appears together with its text is not read. */
    public static void install(UI ui) {
        region(ui);
    }

    /** Has screen readers read {@code text} out, once, after what they are reading now. */
    public static void announce(Component from, String text) {
        Optional<UI> ui = from.getUI().or(() -> Optional.ofNullable(UI.getCurrent()));
        ui.ifPresent(page -> {
            Div region = region(page);
            // The same words twice in a row are still a change, so they are read again.
            region.setText(text.equals(region.getText()) ? text + " " : text);
        });
    }

    /** What the region says now (for tests). */
    public static String current(UI ui) {
        Div region = (Div) ComponentUtil.getData(ui, KEY);
        return region == null ? "" : region.getText();
    }

    private static Div region(UI ui) {
        Div region = (Div) ComponentUtil.getData(ui, KEY);
        if (region == null) {
            region = new Div();
            region.setId(REGION_ID);
            region.getElement().setAttribute("role", "status");
            region.getElement().setAttribute("aria-live", "polite");
            region.addClassName("visually-hidden");
            ui.add(region);
            ComponentUtil.setData(ui, KEY, region);
        }
        return region;
    }
}
