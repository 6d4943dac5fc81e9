package com.nordhost.clientarea.admin.config;

import com.nordhost.clientarea.admin.login.AgentLoginView;
import com.nordhost.clientarea.web.signin.ClientAreaServiceInitListener;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;

/**
 * The shared sign-in rules with the agent login view, plus the back-office's own rule: a principal that is
 * not staff with the second factor passed opens no route; it is dropped and the login page shown. Listed in
 * {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener}.
 */
public class AgentServiceInit extends ClientAreaServiceInitListener {

    private static final System.Logger LOG = System.getLogger(AgentServiceInit.class.getName());

    public AgentServiceInit() {
        super(AgentLoginView.class);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        super.serviceInit(event);
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() == AgentLoginView.class) {
                return;
            }
            SignIn.current().filter(user -> !Roles.isSignedInAgent(user)).ifPresent(user -> {
                LOG.log(System.Logger.Level.WARNING, "Account {0} ({1}) is no signed-in agent: signed out",
                        user.accountId(), user.role());
                VaadinSession.getCurrent().getSession().removeAttribute(SignIn.SESSION_ATTRIBUTE);
                enter.rerouteTo(AgentLoginView.class);
            });
        }));
    }
}
