package com.nordhost.clientarea.web.errors;

import com.vaadin.flow.router.internal.PathUtil;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;

/**
 * Answers an address with no page with HTTP 404, not 200. Vaadin serves the same start page for every path
 * and resolves the route in the browser's next request, so the page itself ({@link PageNotFoundView}) cannot
 * set the status of the first response; this filter asks the apps' route registry before the page goes out.
 * Only page loads are looked at (GET, no file extension, not Vaadin's own requests, not an address another
 * servlet answers); the page is still served,
 * so the person sees the "Page not found" text with its way back.
 */
@WebFilter(filterName = "clientarea-page-not-found-status", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class PageNotFoundStatus extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPageLoad(request) && !hasRoute(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            chain.doFilter(request, new KeepStatus(response));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isPageLoad(HttpServletRequest request) {
        String path = path(request);
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        // An address a servlet of its own answers (the back-office's /health, /health/live) is no Vaadin page; Vaadin's
        // own servlet is the one mapped to /*.
        HttpServletMapping mapping = request.getHttpServletMapping();
        boolean ownServlet = mapping != null && (mapping.getMappingMatch() == MappingMatch.EXACT
                || mapping.getMappingMatch() == MappingMatch.PATH && !"/*".equals(mapping.getPattern()));
        return "GET".equals(request.getMethod()) && !ownServlet && request.getParameter("v-r") == null
                && !path.startsWith("VAADIN/") && !lastSegment.contains(".");
    }

    private boolean hasRoute(HttpServletRequest request) {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(getServletContext()));
        return routes.getNavigationRouteTarget(PathUtil.trimPath(path(request))).hasTarget();
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith("/") ? uri.substring(1) : uri;
    }

    /** Keeps the 404 when the page is written with the usual 200. */
    private static final class KeepStatus extends HttpServletResponseWrapper {

        KeepStatus(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status == SC_OK ? SC_NOT_FOUND : status);
        }
    }
}
