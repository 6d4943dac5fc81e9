package com.nordhost.clientarea.web.testing;

import com.nordhost.clientarea.web.errors.AccessDeniedView;
import com.nordhost.clientarea.web.errors.PageNotFoundView;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import java.util.List;

/**
 * The servlet Karibu runs in both apps' view tests. Karibu does no CDI, so the views that the server gets
 * from CDI are built here from their {@code @Inject} constructors ({@link ConstructorInjection}), with the real
 * domain services over a test database; every other class is made as Vaadin would.
 */
public final class ServletWithViews extends MockVaadinServlet {

    private final transient ConstructorInjection views;

    /**
     * The app's routes under {@code appPackage}, with the shared error pages (not found, no access) in place of
     * Karibu's stand-ins, which fail a test on any error page: these pages are what people see. Discover once
     * per JVM; the routes do not change between tests.
     */
    public static Routes routesOf(String appPackage) {
        Routes routes = new Routes().autoDiscoverViews(appPackage);
        routes.getErrorRoutes().removeIf(view -> view.getName().startsWith("com.github.mvysny.kaributesting"));
        routes.getErrorRoutes().addAll(List.of(PageNotFoundView.class, AccessDeniedView.class));
        return routes;
    }

    public ServletWithViews(Routes routes, ConstructorInjection views) {
        super(routes);
        this.views = views;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        MockService service = new MockService(this, configuration, getUiFactory()) {
            @Override
            protected Instantiator createInstantiator() {
                return new ViewInstantiator(this, views);
            }
        };
        service.init();
        getRoutes().register((VaadinServletContext) service.getContext());
        return service;
    }

    private static final class ViewInstantiator extends DefaultInstantiator {

        private final ConstructorInjection views;

        ViewInstantiator(VaadinService service, ConstructorInjection views) {
            super(service);
            this.views = views;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            return views.build(type).orElseGet(() -> super.getOrCreate(type));
        }
    }
}
