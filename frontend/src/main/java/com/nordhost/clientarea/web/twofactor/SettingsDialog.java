package com.nordhost.clientarea.web.twofactor;

import com.nordhost.clientarea.web.accessibility.KeepAliveWhileOpen;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;

/**
 * A dialog that may change a security setting (turn 2FA on or off, add or remove an authenticator, a new password).
 * Whoever opened it learns that it is done, and whether it changed something, the one way: a {@link DoneEvent} when
 * it closes, however it closes (its button, the X, Esc).
 */
public abstract class SettingsDialog extends Dialog {

    /** The dialog closed; {@link #changed()} says whether it changed something, {@link #subject()} what. */
    public static class DoneEvent extends ComponentEvent<SettingsDialog> {

        private final boolean changed;
        private final String subject;

        public DoneEvent(SettingsDialog source, boolean changed, String subject) {
            super(source, false);
            this.changed = changed;
            this.subject = subject;
        }

        public boolean changed() {
            return changed;
        }

        /** The name of what changed (an app's, a key's), for the opener's message; empty where there is none. */
        public Optional<String> subject() {
            return Optional.ofNullable(subject);
        }
    }

    private boolean changed;
    private String subject;

    protected SettingsDialog() {
        // Nothing in a security dialog times out under the customer while it is open (WCAG 2.2.1).
        KeepAliveWhileOpen.attachTo(this);
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                fireEvent(new DoneEvent(this, changed, subject));
            }
        });
    }

    /** Marks the dialog as having changed {@code subject} (null: no name to show). */
    protected void changed(String subject) {
        this.changed = true;
        this.subject = subject;
    }

    public Registration addDoneListener(ComponentEventListener<DoneEvent> listener) {
        return addListener(DoneEvent.class, listener);
    }
}
