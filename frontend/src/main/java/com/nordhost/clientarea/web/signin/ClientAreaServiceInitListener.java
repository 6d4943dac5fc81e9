package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.web.errors.UnexpectedErrorHandler;
import com.nordhost.clientarea.web.i18n.Languages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;

/**
 * What each app registers (in its own {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener})
 * to get the shared sign-in rules: route protection with its own login view, the idle session timeout
 * ({@link DomainSettings#sessionIdle()}), the initial language from the browser and
 * a plain message instead of a stack trace for unexpected errors.
 * <pre>
 * public class CustomerServiceInit extends ClientAreaServiceInitListener {
 *     public CustomerServiceInit() { super(LoginView.class); }
 * }
 * </pre>
 */
public abstract class ClientAreaServiceInitListener implements VaadinServiceInitListener {

    private final Class<? extends Component> loginView;

    protected ClientAreaServiceInitListener(Class<? extends Component> loginView) {
        this.loginView = loginView;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        SessionAccessControl accessControl = new SessionAccessControl(loginView);
        int idleSeconds = (int) idleTimeout().toSeconds();
        event.getSource().addSessionInitListener(sessionInit -> {
            // Nobody is signed in yet: such a session ends sooner, so a script that opens the login page from
            // fresh browsers by the thousand cannot fill the heap with them for the full idle time.
            // SignIn.complete gives a signed-in session the full idle time.
            sessionInit.getSession().getSession().setAttribute(SignIn.IDLE_SECONDS_ATTRIBUTE, idleSeconds);
            sessionInit.getSession().getSession().setMaxInactiveInterval(
                    Math.min(idleSeconds, (int) SignIn.NOT_SIGNED_IN_IDLE.toSeconds()));
            sessionInit.getSession().setErrorHandler(new UnexpectedErrorHandler());
        });
        event.getSource().addUIInitListener(uiInit -> {
            Languages.applyInitial(uiInit.getUI());
            uiInit.getUI().addBeforeEnterListener(accessControl);
        });
    }

    /**
     * The product's settings hold the idle time. Vaadin makes this listener through the ServiceLoader, which
     * injects nothing, so it asks CDI for them; where no CDI runs (view tests) the settings' defaults apply.
     */
    protected Duration idleTimeout() {
        try {
            return CDI.current().select(DomainSettings.class).get().sessionIdle();
        } catch (IllegalStateException noContainer) {
            return DomainSettings.defaults().sessionIdle();
        }
    }
}
