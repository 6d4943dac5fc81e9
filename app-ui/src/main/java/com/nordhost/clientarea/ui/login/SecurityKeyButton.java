package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.login.PendingLogin;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorProof;
import com.nordhost.clientarea.domain.securitykey.AssertionOptions;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyLogin;
import com.nordhost.clientarea.ui.securitykey.BrowserCredentials;
import com.nordhost.clientarea.web.signin.SignInFlow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * The login's second step for an account with a security key or passkey (decision 0024): "Use your security key"
 * first, above the code form, which stays for the code and the backup code. Pressing it asks the browser
 * ({@link BrowserCredentials#get}) with a fresh challenge; the domain checks the answer, counting a refusal as a wrong
 * code.
 */
public class SecurityKeyButton extends Div {

    private final SecurityKeyLogin login;
    private final SignInFlow flow;
    private final PendingLogin pending;
    private final Button use;
    private final Paragraph error = new Paragraph();

    /** The key step of the login in progress, or null when its account has no key: the code is then asked alone. */
    public static SecurityKeyButton offer(SecurityKeyLogin login, SignInFlow flow, PendingLogin pending) {
        return login.hasKey(pending.accountId()) ? new SecurityKeyButton(login, flow, pending) : null;
    }

    SecurityKeyButton(SecurityKeyLogin login, SignInFlow flow, PendingLogin pending) {
        this.login = login;
        this.flow = flow;
        this.pending = pending;
        setId("security-key-step");
        use = new Button(getTranslation("keyLogin.use"), event -> ask());
        use.setId("security-key-use");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        use.setWidthFull();
        use.setDisableOnClick(true);
        error.setId("security-key-error");
        error.addClassName("alert");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new Paragraph(getTranslation("keyLogin.intro")), use, error,
                new Paragraph(getTranslation("keyLogin.orCode")));
    }

    private void ask() {
        error.setVisible(false);
        Optional<AssertionOptions> options = login.options(pending);
        if (options.isEmpty()) {
            show("keyLogin.refused");
            return;
        }
        BrowserCredentials.get(this, options.get(), new BrowserCredentials.Answer() {
            @Override
            public void credential(String json) {
                answered(json);
            }

            @Override
            public void refused(String errorName) {
                show(BrowserCredentials.messageKey(errorName));
            }
        });
    }

    /** The browser's answer, checked by the login like a typed code; a pass, a lock or a changed account end here. */
    void answered(String json) {
        SecondFactorOutcome outcome = flow.submit(new SecondFactorProof.KeyAssertion(json));
        if (outcome instanceof SecondFactorOutcome.TryLater) {
            show("secondFactor.tryLater");
        } else if (outcome instanceof SecondFactorOutcome.WrongCode
                || outcome instanceof SecondFactorOutcome.MalformedCode) {
            show("keyLogin.refused");
        }
    }

    private void show(String messageKey) {
        error.setText(getTranslation(messageKey));
        error.setVisible(true);
        use.setEnabled(true);
    }
}
