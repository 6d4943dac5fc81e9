package com.nordhost.clientarea.web.errors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Vaadin's page for an exception while opening a route: the same plain message and
 * reference as {@link UnexpectedErrorHandler}, with HTTP status 500.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final System.Logger LOG = System.getLogger(UnexpectedErrorView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UnexpectedErrorHandler.newReference();
        LOG.log(System.Logger.Level.ERROR, "Unexpected error opening " + event.getLocation().getPath()
                + ", reference " + reference, parameter.getException());
        removeAll();
        setId("unexpected-error");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.unexpected", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The tab's title says what happened too (WCAG 2.4.2), not the page visited before. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
