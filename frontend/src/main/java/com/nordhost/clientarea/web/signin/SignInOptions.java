package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.login.PendingLogin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * What one app's login offers, as data: the realm, the message for a locked second factor, what follows a right
 * password when a second factor must be set up first, the options of the code step (remember this browser, a
 * security key, "lost both") and the password step's passkey (decision 0045), each absent (null) where the app does
 * not offer it. The client area offers all four, the back-office none.
 *
 * @param companyName   named in the backup-code file a backup-code login offers
 * @param lockedMessage the text for a locked second factor (who unlocks it differs per app)
 * @param setUpRequired what follows a right password when no second factor is on and one is required now (every
 *                      agent; customers where the hosting company or support requires it, decision 0046): both apps
 *                      use {@link EnrolmentAtLogin}. Without a requirement the password signs in.
 */
public record SignInOptions(Realm realm, String companyName, SerializableSupplier<String> lockedMessage,
                            SetUpRequired setUpRequired, RememberBrowser rememberBrowser, SecurityKeyStep securityKey,
                            LostBothOption lostBoth, PasskeyOffer passkey) implements Serializable {

    /** Without a passkey on the password step. */
    public SignInOptions(Realm realm, String companyName, SerializableSupplier<String> lockedMessage,
                         SetUpRequired setUpRequired, RememberBrowser rememberBrowser, SecurityKeyStep securityKey,
                         LostBothOption lostBoth) {
        this(realm, companyName, lockedMessage, setUpRequired, rememberBrowser, securityKey, lostBoth, null);
    }

    /**
     * The password step's "Sign in with a passkey" (decision 0045): the component beside e-mail and password, or
     * null when passkeys are not offered (no usable relying party). A passkey signs in through
     * {@link SignInFlow#signIn(Account, com.nordhost.clientarea.domain.signin.SecondFactorUsed)}, as every login ends;
     * the e-mail field then also offers passkeys in the browser's autofill ({@code autocomplete="username webauthn"}).
     */
    @FunctionalInterface
    public interface PasskeyOffer extends Serializable {
        Component offer(SignInFlow flow);
    }

    /** What follows a right password on an account that has no second factor and must set one up now. */
    @FunctionalInterface
    public interface SetUpRequired extends Serializable {
        void passwordAccepted(SignInFlow flow, Account account);
    }

    /**
     * The code step's security-key option (decision 0024): the component asking for the key of the login in
     * progress, or null when the account has none. Its answer goes to {@link SignInFlow#submit}.
     */
    @FunctionalInterface
    public interface SecurityKeyStep extends Serializable {
        Component offer(SignInFlow flow, PendingLogin pending);
    }

    /**
     * The code step's "lost both the app and the backup code?" action: called with the account whose right password
     * was just given in this component (the fact lives only here, on the server).
     */
    @FunctionalInterface
    public interface LostBoth extends Serializable {
        void askForRecovery(SignInFlow flow, AccountId accountId);
    }

    /** A check box labelled {@code label} on the code step that remembers the browser for {@code lifetime}. */
    public record RememberBrowser(String label, Duration lifetime) implements Serializable {

        public RememberBrowser {
            Objects.requireNonNull(label, "A label is required.");
            if (lifetime == null || lifetime.isZero() || lifetime.isNegative()) {
                throw new IllegalArgumentException("A remembered browser needs a lifetime.");
            }
        }
    }

    /** A link labelled {@code label} on the code step that runs {@code action}. */
    public record LostBothOption(String label, LostBoth action) implements Serializable {

        public LostBothOption {
            Objects.requireNonNull(label, "A label is required.");
            Objects.requireNonNull(action, "An action is required.");
        }
    }

    public SignInOptions {
        Objects.requireNonNull(realm, "A realm is required.");
        Objects.requireNonNull(companyName, "The company name is required.");
        Objects.requireNonNull(lockedMessage, "The locked message is required.");
        Objects.requireNonNull(setUpRequired, "The set-up step is required.");
    }

    /** A login with none of the code step's options (the back-office). */
    public static SignInOptions of(Realm realm, String companyName, SerializableSupplier<String> lockedMessage,
                                   SetUpRequired setUpRequired) {
        return new SignInOptions(realm, companyName, lockedMessage, setUpRequired, null, null, null, null);
    }

    /** Also remembers browsers; a zero lifetime (the setting turned off) offers nothing. */
    public SignInOptions rememberingBrowsers(String label, Duration lifetime) {
        return lifetime.isZero() ? this : new SignInOptions(realm, companyName, lockedMessage, setUpRequired,
                new RememberBrowser(label, lifetime), securityKey, lostBoth, passkey);
    }

    public SignInOptions offeringSecurityKeys(SecurityKeyStep step) {
        return new SignInOptions(realm, companyName, lockedMessage, setUpRequired, rememberBrowser,
                Objects.requireNonNull(step, "The security-key step is required."), lostBoth, passkey);
    }

    public SignInOptions offeringLostBoth(String label, LostBoth action) {
        return new SignInOptions(realm, companyName, lockedMessage, setUpRequired, rememberBrowser, securityKey,
                new LostBothOption(label, action), passkey);
    }

    public SignInOptions offeringPasskeys(PasskeyOffer offer) {
        return new SignInOptions(realm, companyName, lockedMessage, setUpRequired, rememberBrowser, securityKey,
                lostBoth, Objects.requireNonNull(offer, "The passkey offer is required."));
    }
}
