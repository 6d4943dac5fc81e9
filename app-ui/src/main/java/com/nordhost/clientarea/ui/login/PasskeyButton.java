package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.securitykey.PasskeyOutcome;
import com.nordhost.clientarea.domain.securitykey.PasskeyRequest;
import com.nordhost.clientarea.domain.securitykey.PasskeySignIn;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.ui.securitykey.BrowserCredentials;
import com.nordhost.clientarea.web.signin.DeviceCookie;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignInFlow;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Optional;

/**
 * The login page's "Sign in with a passkey" (decision 0045), beside e-mail and password: pressing it asks the browser
 * for a passkey of this site with no account named; where the browser has conditional mediation the same request
 * also waits in the e-mail field's autofill from the moment the page shows. The answer goes to {@link PasskeySignIn}
 * with the request it answers (kept here on the server, used once); a pass ends in
 * {@link SignInFlow#signIn(com.nordhost.clientarea.domain.account.Account, SecondFactorUsed)}, the way every login
 * ends. Refusals are told in words the customer can act on.
 */
public class PasskeyButton extends Div {

    private final PasskeySignIn passkeys;
    private final SignInFlow flow;
    private final SerializableSupplier<String> lockedMessage;
    private final Button use;
    private final Paragraph error = new Paragraph();
    /** The request the browser is answering now; null: none (each is used once). */
    private PasskeyRequest waiting;

    /** The passkey option of the login page, or null where passkeys are not offered (no usable relying party). */
    public static PasskeyButton offer(PasskeySignIn passkeys, SignInFlow flow,
                                      SerializableSupplier<String> lockedMessage) {
        return passkeys.offered() ? new PasskeyButton(passkeys, flow, lockedMessage) : null;
    }

    PasskeyButton(PasskeySignIn passkeys, SignInFlow flow, SerializableSupplier<String> lockedMessage) {
        this.passkeys = passkeys;
        this.flow = flow;
        this.lockedMessage = lockedMessage;
        setId("passkey-step");
        setWidthFull();
        Paragraph or = new Paragraph(getTranslation("passkey.or"));
        or.addClassName("login-or");
        use = new Button(getTranslation("passkey.use"), event -> ask(false));
        use.setId("passkey-sign-in");
        use.setWidthFull();
        error.setId("passkey-error");
        error.addClassName("alert");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(or, use, error);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ask(true);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // An answer arriving after the password step is gone is not looked at. The browser's request itself is
        // aborted by the next ceremony the page starts (BrowserCredentials): nothing else can answer it, as no field
        // offers passkeys any more.
        waiting = null;
        super.onDetach(detachEvent);
    }

    /** A new request to the browser: now ({@code conditional} false), or waiting in the e-mail field's autofill. */
    private void ask(boolean conditional) {
        if (!conditional) {
            error.setVisible(false);
        }
        Optional<PasskeyRequest> request = passkeys.request();
        if (request.isEmpty()) {
            return;
        }
        PasskeyRequest asked = request.get();
        waiting = asked;
        BrowserCredentials.passkey(this, asked, conditional, new BrowserCredentials.Answer() {
            @Override
            public void credential(String json) {
                answered(asked, json, conditional);
            }

            @Override
            public void refused(String errorName) {
                if (conditional) {
                    // The autofill is an offer, not an action: no browser there, or aborted by the button.
                    return;
                }
                if (waiting == asked) {
                    waiting = null;
                    show(refusalKey(errorName));
                    ask(true);
                }
            }
        });
    }

    /**
     * The browser's answer to {@code asked}; only the request still waiting is answered, once. After a refusal the
     * autofill offers passkeys again only when the answer came from the button: an answer from the autofill is never
     * followed by another request of its own, so nothing repeats without the customer.
     */
    void answered(PasskeyRequest asked, String json, boolean conditional) {
        if (waiting != asked) {
            return;
        }
        waiting = null;
        PasskeyOutcome outcome = passkeys.signIn(asked, json, RequestOrigins.current(),
                DeviceCookie.read(Realm.CUSTOMER).orElse(null));
        if (outcome instanceof PasskeyOutcome.SignedIn signedIn) {
            flow.signIn(signedIn.account(), SecondFactorUsed.PASSKEY);
            return;
        }
        if (outcome instanceof PasskeyOutcome.Locked) {
            showText(lockedMessage.get());
        } else {
            show(messageKey(outcome));
        }
        if (!conditional) {
            ask(true);
        }
    }

    /**
     * The browser said no before anything reached us. Besides a cancelled prompt, that is how Chromium answers when
     * the device's only key cannot check who is using it: browsers offer such keys no passkey sign-in at all, so the
     * message says what else works.
     */
    static String refusalKey(String errorName) {
        return switch (errorName) {
            case "NotAllowedError", "AbortError" -> "passkey.notUsed";
            default -> BrowserCredentials.messageKey(errorName);
        };
    }

    static String messageKey(PasskeyOutcome outcome) {
        if (outcome instanceof PasskeyOutcome.UnknownPasskey) {
            return "passkey.unknown";
        }
        if (outcome instanceof PasskeyOutcome.AfterPasswordOnly) {
            return "passkey.afterPasswordOnly";
        }
        if (outcome instanceof PasskeyOutcome.UserNotVerified) {
            return "passkey.notVerified";
        }
        if (outcome instanceof PasskeyOutcome.Cloned) {
            return "passkey.cloned";
        }
        if (outcome instanceof PasskeyOutcome.Expired) {
            return "passkey.expired";
        }
        if (outcome instanceof PasskeyOutcome.TryLater) {
            return "passkey.tryLater";
        }
        return "passkey.refused";
    }

    private void show(String messageKey) {
        showText(getTranslation(messageKey));
    }

    private void showText(String message) {
        error.setText(message);
        error.setVisible(true);
        use.setEnabled(true);
    }
}
