package com.nordhost.clientarea.web.cdi;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;

/**
 * Gives Vaadin an instantiator backed by the container's CDI, without vaadin-cdi (STACK trap 1).
 * Listed in {@code META-INF/services/com.vaadin.flow.di.InstantiatorFactory}. Outside a CDI container
 * (Karibu tests, plain unit tests) it steps aside and Vaadin uses its default instantiator.
 */
public final class CdiInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return CdiInstantiator.cdiAvailable() ? new CdiInstantiator(service) : null;
    }
}
