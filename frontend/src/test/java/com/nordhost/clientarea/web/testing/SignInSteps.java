package com.nordhost.clientarea.web.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** What a person does on either app's login page, by the labels they read. */
public final class SignInSteps {

    private SignInSteps() {
    }

    /** Opens a location such as {@code account?tab=security}. */
    public static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** Fills in the login form and clicks Log in. */
    public static void submitPassword(String email, String password) {
        navigate("login");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail address")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), password);
        _click(_get(Button.class, spec -> spec.withText("Log in")));
    }

    /** Types the code from the app (or a backup code) in the second step and clicks Log in. */
    public static void submitCode(String code) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code from your 2FA app")), code);
        _click(_get(Button.class, spec -> spec.withText("Log in")));
    }
}
