package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.web.accessibility.Announcements;
import com.nordhost.clientarea.web.errors.UnexpectedErrorHandler;
import com.nordhost.clientarea.web.i18n.Languages;
import com.nordhost.clientarea.web.memory.LargeAnswersNotKept;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.Locale;

/**
 * What each app registers (in its own {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener})
 * to get the shared sign-in rules: route protection with its own login view, the in-memory session's idle timeout
 * ({@link DomainSettings#sessionInMemoryIdle()}), a silent reload instead of "Session expired", the initial
 * language from the browser (or its language cookie, a restored sign-in's, a mail link's {@code ?lang=}), a plain
 * message instead of a stack trace for unexpected errors, and no whole page kept as a page's last answer
 * ({@link LargeAnswersNotKept}).
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
            applyRestoredLanguage(uiInit.getUI());
            // Before the page is built: a mail link's ?lang= decides the language it is built in.
            uiInit.getUI().addBeforeEnterListener(Languages::followLink);
            uiInit.getUI().addBeforeEnterListener(accessControl);
            Announcements.install(uiInit.getUI());
        });
        event.getSource().setSystemMessagesProvider(info -> SILENT_RELOAD);
        event.addVaadinRequestInterceptor(new LargeAnswersNotKept());
    }

    /**
     * An open page whose in-memory session is gone (the node died or restarted, or it idled out of memory) reloads
     * without Vaadin's "Session expired" notice: the reload is restored from the sign-in (decision 0037) and opens
     * the same route, or shows the login page when the sign-in has ended too.
     */
    static final CustomizedSystemMessages SILENT_RELOAD = new CustomizedSystemMessages();

    static {
        SILENT_RELOAD.setSessionExpiredNotificationEnabled(false);
        SILENT_RELOAD.setSessionExpiredCaption(null);
        SILENT_RELOAD.setSessionExpiredMessage(null);
        SILENT_RELOAD.setSessionExpiredURL(null);
    }

    /** A restored sign-in's stored language (SessionEpochFilter put it in the HTTP session) for the first UI. */
    private static void applyRestoredLanguage(UI ui) {
        WrappedSession session = ui.getSession() == null ? null : ui.getSession().getSession();
        if (session != null && session.getAttribute(SessionEpochFilter.RESTORED_LOCALE) instanceof Locale locale) {
            session.removeAttribute(SessionEpochFilter.RESTORED_LOCALE);
            Languages.use(ui, locale);
        }
    }

    /**
     * The product's settings hold the idle time. Vaadin makes this listener through the ServiceLoader, which
     * injects nothing, so it asks CDI for them; where no CDI runs (view tests) the settings' defaults apply.
     */
    protected Duration idleTimeout() {
        DomainSettings settings;
        try {
            settings = CDI.current().select(DomainSettings.class).get();
        } catch (IllegalStateException noContainer) {
            settings = DomainSettings.defaults();
        }
        // In memory only a few minutes (decision 0037); the sign-in in the database keeps the session idle time.
        return settings.sessionInMemoryIdle().compareTo(settings.sessionIdle()) < 0 ? settings.sessionInMemoryIdle()
                : settings.sessionIdle();
    }
}
