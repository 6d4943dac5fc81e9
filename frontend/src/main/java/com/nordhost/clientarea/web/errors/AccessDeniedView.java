package com.nordhost.clientarea.web.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person opened a page their role does not allow (a support agent on an admin page): HTTP 403
 * and a sentence that says so, rather than "could not navigate". Visitors who are not signed in never see
 * it; they are sent to the login page.
 */
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {

    private static final System.Logger LOG = System.getLogger(AccessDeniedView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        LOG.log(System.Logger.Level.INFO, "Access denied to {0}", event.getLocation().getPath());
        removeAll();
        setId("access-denied");
        add(new H1(getTranslation("error.accessDenied.title")),
                new Paragraph(getTranslation("error.accessDenied.text")),
                new Anchor("", getTranslation("error.backToStart")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The tab's title says what happened too (WCAG 2.4.2), not the page visited before. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.accessDenied.title");
    }
}
