package com.nordhost.clientarea.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;

/**
 * Where the keyboard's focus goes when a dialog closes whose opener was redrawn meanwhile (the panel or section shows
 * the new state): the dialog would give it back to the old opener, which is gone, and focus would fall to the page's
 * body, far from where the person was (WCAG 2.4.3). So it goes to what says the new state (the status line, the
 * section's message) or the section's heading; a text that is not focusable gets {@code tabindex=-1} for it.
 */
final class FocusReturn {

    private FocusReturn() {
    }

    static void to(Component target) {
        if (!(target instanceof Focusable<?>)) {
            target.getElement().setAttribute("tabindex", "-1");
        }
        // After the dialog's own focus restoration, which runs as it closes, in the same round trip.
        target.getElement().executeJs("const t = this; setTimeout(() => t.focus())");
    }
}
