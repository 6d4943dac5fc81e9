package com.nordhost.clientarea.web.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;

/**
 * What a person sees when something fails that no view expected: a plain message with a reference
 * they can quote to support, never a stack trace. The server log gets the whole story under the
 * same reference. Use cases run in one transaction each, so a failure leaves nothing half-written.
 */
public final class UnexpectedErrorHandler implements ErrorHandler {

    private static final System.Logger LOG = System.getLogger(UnexpectedErrorHandler.class.getName());

    @Override
    public void error(ErrorEvent event) {
        String reference = newReference();
        LOG.log(System.Logger.Level.ERROR, "Unexpected error, reference " + reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(
                        ui.getTranslation("error.unexpected", reference), 10_000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
