package com.nordhost.clientarea.ui.config;

import com.nordhost.clientarea.ui.login.LoginView;
import com.nordhost.clientarea.web.signin.ClientAreaServiceInitListener;

/**
 * The shared sign-in rules with the customer login view. Listed in
 * {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener}.
 */
public class CustomerServiceInit extends ClientAreaServiceInitListener {

    public CustomerServiceInit() {
        super(LoginView.class);
    }
}
