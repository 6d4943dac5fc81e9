package com.nordhost.clientarea.web.memory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/**
 * Vaadin keeps each page's last answer, in case the browser lost it and sends the same message again. A large answer
 * draws a whole page (a sign-in, a navigation) and would stay for the session's idle time: about 14 KB of a
 * signed-in session's 64 KiB (decision 0049). It is replaced by Vaadin's own "reload the page" answer, which draws
 * the same page again for the rare browser that asks twice; small answers, which a reload would not repeat, stay.
 */
public final class LargeAnswersNotKept implements VaadinRequestInterceptor {

    /** Characters of an answer kept as it is: the answers to clicks and typing are well below it. */
    public static final int KEPT_UP_TO = 4096;

    /** What Vaadin itself answers when the page must be reloaded: no caption, message or address means reload. */
    static final String RELOAD = VaadinService.createCriticalNotificationJSON(null, null, null, null);

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        // Nothing before: the answer is made by the request.
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception exception) {
        // An answer that failed is not kept by Vaadin either.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        if (session == null || !"uidl".equals(request.getParameter("v-r"))) {
            return;
        }
        Integer uiId = uiId(request.getParameter("v-uiId"));
        if (uiId == null) {
            return;
        }
        try {
            session.lock();
        } catch (IllegalStateException ended) {
            return; // the request ended the session (log out)
        }
        try {
            UI ui = session.getUIById(uiId);
            if (ui != null) {
                forgetIfLarge(ui.getInternals());
            }
        } finally {
            session.unlock();
        }
    }

    static void forgetIfLarge(UIInternals page) {
        String last = page.getLastRequestResponse();
        if (last != null && last.length() > KEPT_UP_TO) {
            page.setLastRequestResponse(RELOAD);
        }
    }

    private static Integer uiId(String parameter) {
        try {
            return parameter == null ? null : Integer.valueOf(parameter);
        } catch (NumberFormatException notAPage) {
            return null;
        }
    }
}
