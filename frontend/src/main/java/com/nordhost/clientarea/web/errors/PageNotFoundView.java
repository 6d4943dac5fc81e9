package com.nordhost.clientarea.web.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist: said plainly, with HTTP 404 and a way back, instead of Vaadin's raw message. */
@AnonymousAllowed
public class PageNotFoundView extends Div implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    private static final System.Logger LOG = System.getLogger(PageNotFoundView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        LOG.log(System.Logger.Level.DEBUG, "No page at {0}", event.getLocation().getPath());
        removeAll();
        setId("page-not-found");
        add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                new Anchor("", getTranslation("error.backToStart")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The tab's title says what happened too (WCAG 2.4.2), not the page visited before. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
