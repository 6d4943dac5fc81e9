package com.nordhost.clientarea.web.cdi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Unmanaged;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates routes, layouts and other components through CDI. A class that is a bean (it has a bean-defining
 * annotation) comes from {@code CDI.current().select(type)}; any other class, typically a route with an
 * {@code @Inject} constructor, is built as an {@link Unmanaged} instance (produce, inject, postConstruct) and
 * disposed when it is detached from the UI.
 */
public class CdiInstantiator extends DefaultInstantiator {

    private static final System.Logger LOG = System.getLogger(CdiInstantiator.class.getName());

    public CdiInstantiator(VaadinService service) {
        super(service);
    }

    /** Whether a CDI container runs in this JVM. */
    public static boolean cdiAvailable() {
        try {
            CDI.current();
            return true;
        } catch (IllegalStateException | NoClassDefFoundError e) {
            return false;
        }
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Instance<T> bean = CDI.current().select(type);
        if (bean.isResolvable()) {
            Instance.Handle<T> handle = bean.getHandle();
            T instance = handle.get();
            if (instance instanceof Component component
                    && Dependent.class.equals(handle.getBean().getScope())) {
                // A @Dependent bean lives as long as its component: destroy it on detach, or the Instance keeps it.
                disposeOnDetach(component, type, handle::destroy);
            }
            return instance;
        }
        return createUnmanaged(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return getOrCreate(componentClass);
    }

    private <T> T createUnmanaged(Class<T> type) {
        Unmanaged.UnmanagedInstance<T> unmanaged = new Unmanaged<>(type).newInstance();
        T instance = unmanaged.produce().inject().postConstruct().get();
        if (instance instanceof Component component) {
            disposeOnDetach(component, type, () -> unmanaged.preDestroy().dispose());
        }
        return instance;
    }

    private static void disposeOnDetach(Component component, Class<?> type, Runnable dispose) {
        AtomicReference<Registration> registration = new AtomicReference<>();
        registration.set(component.addDetachListener((DetachEvent event) -> {
            registration.get().remove();
            try {
                dispose.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not dispose " + type.getName(), e);
            }
        }));
    }
}
