package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.web.config.Settings;
import com.nordhost.clientarea.web.errors.UnexpectedErrorHandler;
import com.nordhost.clientarea.web.i18n.Languages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * What each app registers (in its own {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener})
 * to get the shared sign-in rules: route protection with its own login view, the idle session timeout
 * ({@code clientarea.session.idle.minutes}, 30 by default), the initial language from the browser and
 * a plain message instead of a stack trace for unexpected errors.
 * <pre>
 * public class CustomerServiceInit extends ClientAreaServiceInitListener {
 *     public CustomerServiceInit() { super(LoginView.class); }
 * }
 * </pre>
 */
public abstract class ClientAreaServiceInitListener implements VaadinServiceInitListener {

    public static final int DEFAULT_IDLE_MINUTES = 30;

    private final Class<? extends Component> loginView;

    protected ClientAreaServiceInitListener(Class<? extends Component> loginView) {
        this.loginView = loginView;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        SessionAccessControl accessControl = new SessionAccessControl(loginView);
        int idleSeconds = idleTimeoutMinutes() * 60;
        event.getSource().addSessionInitListener(sessionInit -> {
            sessionInit.getSession().getSession().setMaxInactiveInterval(idleSeconds);
            sessionInit.getSession().setErrorHandler(new UnexpectedErrorHandler());
        });
        event.getSource().addUIInitListener(uiInit -> {
            Languages.applyInitial(uiInit.getUI());
            uiInit.getUI().addBeforeEnterListener(accessControl);
        });
    }

    protected int idleTimeoutMinutes() {
        return Settings.getInt(Settings.SESSION_IDLE_MINUTES, DEFAULT_IDLE_MINUTES);
    }
}
