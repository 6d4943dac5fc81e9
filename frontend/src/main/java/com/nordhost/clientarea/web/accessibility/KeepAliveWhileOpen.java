package com.nordhost.clientarea.web.accessibility;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;

/**
 * An open dialog keeps its page alive (WCAG 2.2.1 Timing Adjustable): the in-memory session ends after a few idle
 * minutes (decision 0037), and a customer who reads the wizard, installs an app and scans for longer would lose the
 * dialog at the next click. While it is open the page asks the server every few minutes (a Vaadin poll, well inside
 * the session's idle time), for at most {@link #AT_MOST}, as long as the wizard's key lives; then the session's usual
 * idle time applies again.
 */
public final class KeepAliveWhileOpen {

    public static final Duration AT_MOST = Duration.ofMinutes(30);
    static final Duration LONGEST_POLL = Duration.ofMinutes(4);
    private static final String KEY = KeepAliveWhileOpen.class.getName();

    private KeepAliveWhileOpen() {
    }

    public static void attachTo(Dialog dialog) {
        dialog.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                // A dialog opened from code is attached to the page only after this event: the current UI is its page.
                dialog.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
                        .ifPresent(ui -> start(dialog, ui));
            } else {
                stop(dialog);
            }
        });
        dialog.addDetachListener(event -> {
            if (!dialog.isOpened()) {
                stop(dialog);
            }
        });
    }

    /** How often an open dialog's page asks the server, for a session that ends after {@code idleSeconds}. */
    static Duration pollEvery(int idleSeconds) {
        if (idleSeconds <= 0) {
            return LONGEST_POLL;
        }
        Duration half = Duration.ofSeconds(Math.max(15, idleSeconds / 2));
        return half.compareTo(LONGEST_POLL) < 0 ? half : LONGEST_POLL;
    }

    private static void start(Dialog dialog, UI ui) {
        stop(dialog);
        int idleSeconds = ui.getSession() == null || ui.getSession().getSession() == null ? 0
                : ui.getSession().getSession().getMaxInactiveInterval();
        Instant until = Instant.now().plus(AT_MOST);
        ui.setPollInterval((int) pollEvery(idleSeconds).toMillis());
        Registration polls = ui.addPollListener(poll -> {
            if (Instant.now().isAfter(until)) {
                ui.setPollInterval(-1);
            }
        });
        ComponentUtil.setData(dialog, KEY, new Running(ui, polls));
    }

    private static void stop(Dialog dialog) {
        Running running = (Running) ComponentUtil.getData(dialog, KEY);
        if (running != null) {
            running.polls().remove();
            running.ui().setPollInterval(-1);
            ComponentUtil.setData(dialog, KEY, null);
        }
    }

    /** Whether {@code dialog} keeps its page alive now (for tests). */
    public static boolean keepsAlive(Dialog dialog) {
        return ComponentUtil.getData(dialog, KEY) != null;
    }

    private record Running(UI ui, Registration polls) implements java.io.Serializable {
    }
}
