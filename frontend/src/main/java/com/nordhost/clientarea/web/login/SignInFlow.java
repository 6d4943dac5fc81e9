package com.nordhost.clientarea.web.login;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.login.SessionEpochs;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.web.signin.DeviceCookie;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.web.signin.AccountLanguage;
import com.nordhost.clientarea.web.signin.RememberedBrowserCookie;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.nordhost.clientarea.web.twofactor.BackupCodePanel;
import com.nordhost.clientarea.web.twofactor.SecondFactorForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * The login card both apps share: e-mail and password (Enter submits) in one {@link Realm}; with a second
 * factor on, the code from the app or the backup code; after a backup-code login the new backup code, once;
 * then {@link #signIn}. Nobody is signed in before every required factor was passed: the "password passed"
 * state lives only in this component, never in the session. The same message for an unknown e-mail and a
 * wrong password. A complete login leaves a device cookie ({@link DeviceCookie}) that the password step sends
 * along next time, so that strangers' wrong passwords never make this browser wait; the session remembers the
 * account's session epoch ({@link SessionEpochs}) it signed in at. Where {@link #offerRememberBrowser} was called
 * (the client area only), the code step offers to remember the browser, and a remembered browser's cookie
 * ({@link RememberedBrowserCookie}) goes to the password step, which may then sign in without the code.
 * <p>
 * What differs between the apps comes in through the constructor: the realm, the message for a locked
 * second factor, and what follows a right password on an account without an active second factor
 * ({@link #SIGN_IN_WITH_PASSWORD_ONLY} for customers; agents must enrol first). Its {@code login.*} keys are
 * in {@code SharedTranslationKeys}; each app's bundle words them its own way ({@code login.title} is the
 * heading of the password step).
 */
public class SignInFlow extends Div {

    /** What follows a right password on an account that has no active second factor. */
    @FunctionalInterface
    public interface PasswordOnly extends Serializable {
        void passwordAccepted(SignInFlow flow, Account account);
    }

    /**
     * The code step's "lost both the app and the backup code?" action: called with the account whose right
     * password was just given in this component (the fact lives only here, on the server).
     */
    @FunctionalInterface
    public interface LostBoth extends Serializable {
        void askForRecovery(SignInFlow flow, AccountId accountId);
    }

    /**
     * The code step's security-key option (decision 0024): the component asking for the key of the account whose
     * right password was just given, or null when the account has none. {@code rememberBrowser} reads the code
     * step's check box when the key answers.
     */
    @FunctionalInterface
    public interface SecurityKeyStep extends Serializable {
        Component offer(SignInFlow flow, AccountId accountId, SerializableSupplier<Boolean> rememberBrowser);
    }

    /** Customers without two-factor authentication: the password is enough. */
    public static final PasswordOnly SIGN_IN_WITH_PASSWORD_ONLY = (flow, account) -> flow.signIn(account, false);

    private static final System.Logger LOG = System.getLogger(SignInFlow.class.getName());

    private final PasswordLogin passwordLogin;
    private final SecondFactorLogin secondFactorLogin;
    private final SessionEpochs sessionEpochs;
    private final Realm realm;
    private final String companyName;
    private final SerializableSupplier<String> lockedMessage;
    private final PasswordOnly passwordOnly;
    private final LanguagePreference languagePreference;
    private final Paragraph error = new Paragraph();
    private LostBoth lostBoth;
    private String lostBothLabel;
    private String rememberLabel;
    private Duration rememberFor;
    private SecurityKeyStep securityKey;

    /**
     * @param companyName   named in the backup-code file a backup-code login offers
     * @param lockedMessage the text for a locked second factor (who unlocks it differs per app)
     * @param passwordOnly  what follows a right password when no second factor is active
     */
    public SignInFlow(PasswordLogin passwordLogin, SecondFactorLogin secondFactorLogin, SessionEpochs sessionEpochs,
                      Realm realm, String companyName, SerializableSupplier<String> lockedMessage,
                      PasswordOnly passwordOnly) {
        this(passwordLogin, secondFactorLogin, sessionEpochs, null, realm, companyName, lockedMessage, passwordOnly);
    }

    /**
     * @param languagePreference the account's stored language is applied at sign-in (none stored: the language
     *                           on screen is stored); null: the session's language stays
     */
    public SignInFlow(PasswordLogin passwordLogin, SecondFactorLogin secondFactorLogin, SessionEpochs sessionEpochs,
                      LanguagePreference languagePreference, Realm realm, String companyName,
                      SerializableSupplier<String> lockedMessage, PasswordOnly passwordOnly) {
        this.languagePreference = languagePreference;
        this.companyName = Objects.requireNonNull(companyName, "The company name is required.");
        this.passwordLogin = Objects.requireNonNull(passwordLogin, "The password login is required.");
        this.secondFactorLogin = Objects.requireNonNull(secondFactorLogin, "The second-factor login is required.");
        this.sessionEpochs = Objects.requireNonNull(sessionEpochs, "The session epochs are required.");
        this.realm = Objects.requireNonNull(realm, "A realm is required.");
        this.lockedMessage = Objects.requireNonNull(lockedMessage, "The locked message is required.");
        this.passwordOnly = Objects.requireNonNull(passwordOnly, "The password-only step is required.");
        addClassName("login-card");
        error.setId("login-error");
        error.addClassName("alert");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
    }

    /**
     * Offers, on the code step, a link labelled {@code label} that runs {@code action} for the account whose
     * password was right (the client area's verified recovery request); none when not set (the back-office).
     */
    public void offerLostBoth(String label, LostBoth action) {
        this.lostBothLabel = Objects.requireNonNull(label, "A label is required.");
        this.lostBoth = Objects.requireNonNull(action, "An action is required.");
    }

    /**
     * Offers, on the code step, a check box labelled {@code label} that remembers this browser for {@code lifetime}
     * (decision 0020), and lets a remembered browser skip the code; neither when not set (the back-office never sets
     * it) or when {@code lifetime} is zero.
     */
    public void offerRememberBrowser(String label, Duration lifetime) {
        Objects.requireNonNull(label, "A label is required.");
        Objects.requireNonNull(lifetime, "A lifetime is required.");
        if (!lifetime.isZero()) {
            this.rememberLabel = label;
            this.rememberFor = lifetime;
        }
    }

    /** Offers, first on the code step, the account's security key (the client area only; decision 0024). */
    public void offerSecurityKey(SecurityKeyStep step) {
        this.securityKey = Objects.requireNonNull(step, "The security-key step is required.");
    }

    /** A second factor passed outside the code form (a security key): as a passed code, then signed in. */
    public void secondFactorPassed(SecondFactorOutcome.Passed passed) {
        keepRememberedToken(passed.rememberedToken());
        signIn(passed.account(), true);
    }

    /**
     * A security key's answer met the "too many attempts, wait" throttle: held back like the code form's same answer,
     * so a script posting key answers cannot flood faster than one posting codes.
     */
    public void secondFactorThrottled() {
        ThrottledAnswer.holdBack();
    }

    /** The second factor is locked: nothing more to type here. */
    public void secondFactorLocked() {
        showStep(getTranslation("secondFactor.title"));
        showError(lockedMessage.get());
    }

    /** The password step, with no message: every visit of the login page starts here. */
    public void start() {
        TextField email = new TextField(getTranslation("login.email"));
        email.setId("login-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.getElement().setAttribute("autocomplete", "username");
        email.getElement().setAttribute("name", "email");
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setId("login-password");
        password.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.getElement().setAttribute("autocomplete", "current-password");
        Button logIn = new Button(getTranslation("login.submit"), event -> logIn(email, password));
        logIn.setId("login-submit");
        logIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logIn.addClickShortcut(Key.ENTER).listenOn(email, password);
        logIn.setWidthFull();
        showStep(getTranslation("login.title"), email, password, logIn);
        email.focus();
    }

    /** Replaces the card's content: the heading, the (hidden) message line, then {@code content}. */
    public void showStep(String title, Component... content) {
        removeAll();
        error.setVisible(false);
        add(new H2(title), error);
        add(content);
    }

    /** Shows {@code message} in the card's message line (id {@code login-error}). */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /**
     * Signs the account in (new session id, principal in the session, the device cookie) and opens the page asked
     * for. Call it only when every required factor was passed.
     */
    public void signIn(Account account, boolean secondFactorPassed) {
        int epoch = sessionEpochs.atSignIn(account.id());
        SignIn.complete(new SignedInUser(account.id().value(), account.role(), account.email().value(),
                account.fullName(), secondFactorPassed, epoch));
        DeviceCookie.write(realm, passwordLogin.rememberDevice(account.id()));
        LOG.log(System.Logger.Level.DEBUG, "Login finished for account {0}", account.id());
        if (languagePreference != null) {
            AccountLanguage.atSignIn(UI.getCurrent(), languagePreference, account.id());
        }
        UI.getCurrent().navigate(SignIn.takeRedirectTarget().orElse(""));
    }

    private void logIn(TextField email, PasswordField password) {
        String remembered = rememberFor == null ? null : RememberedBrowserCookie.read().orElse(null);
        LoginOutcome outcome = passwordLogin.logIn(realm, email.getValue(), password.getValue(),
                RequestOrigins.current(), DeviceCookie.read(realm).orElse(null), remembered);
        password.clear();
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            passwordOnly.passwordAccepted(this, loggedIn.account());
        } else if (outcome instanceof LoginOutcome.LoggedInWithRememberedBrowser rememberedLogin) {
            signIn(rememberedLogin.account(), true);
        } else if (outcome instanceof LoginOutcome.SecondFactorRequired required) {
            if (remembered != null) {
                // Forgotten, expired or from before a password change: the browser stops sending it.
                RememberedBrowserCookie.clear();
            }
            showSecondFactorStep(required.accountId());
        } else if (outcome instanceof LoginOutcome.Refused refused
                && refused.reason() == LoginOutcome.Reason.SECOND_FACTOR_LOCKED) {
            showError(lockedMessage.get());
        } else if (outcome instanceof LoginOutcome.TryLater) {
            ThrottledAnswer.holdBack();
            showError(getTranslation("login.tryLater"));
        } else {
            showError(getTranslation("login.badCredentials"));
            password.focus();
        }
    }

    private void showSecondFactorStep(AccountId accountId) {
        SecondFactorForm form = new SecondFactorForm();
        Checkbox remember = new Checkbox(rememberLabel == null ? "" : rememberLabel);
        remember.setId("remember-browser");
        if (rememberFor != null) {
            form.addOption(remember);
        }
        form.addCodeSubmittedListener(event -> verify(accountId, event, rememberFor != null && remember.getValue()));
        if (lostBoth == null) {
            showStep(getTranslation("secondFactor.title"), form);
        } else {
            Button ask = new Button(lostBothLabel, event -> lostBoth.askForRecovery(this, accountId));
            ask.setId("recovery-request-link");
            ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            showStep(getTranslation("secondFactor.title"), form, ask);
        }
        Component key = securityKey == null ? null
                : securityKey.offer(this, accountId, () -> rememberFor != null && remember.getValue());
        if (key != null) {
            addComponentAtIndex(2, key);
        }
    }

    private void verify(AccountId accountId, SecondFactorForm.CodeSubmittedEvent submitted, boolean rememberBrowser) {
        SecondFactorForm form = submitted.getSource();
        SecondFactorOutcome outcome = secondFactorLogin.verify(accountId, submitted.code(), RequestOrigins.current(),
                rememberBrowser);
        if (outcome instanceof SecondFactorOutcome.Passed passed) {
            keepRememberedToken(passed.rememberedToken());
            signIn(passed.account(), true);
        } else if (outcome instanceof SecondFactorOutcome.PassedWithBackupCode withBackupCode) {
            keepRememberedToken(withBackupCode.rememberedToken());
            showNewBackupCode(withBackupCode);
        } else if (outcome instanceof SecondFactorOutcome.MalformedCode malformed) {
            form.showError(getTranslation(malformed.problem().messageKey()));
        } else if (outcome instanceof SecondFactorOutcome.WrongCode) {
            form.showError(getTranslation(submitted.backupCode() ? "secondFactor.wrongBackupCode"
                    : "secondFactor.wrongCode"));
        } else if (outcome instanceof SecondFactorOutcome.TryLater) {
            ThrottledAnswer.holdBack();
            form.showError(getTranslation("secondFactor.tryLater"));
        } else {
            // Locked: nothing more to type here.
            showStep(getTranslation("secondFactor.title"));
            showError(lockedMessage.get());
        }
    }

    private void keepRememberedToken(String token) {
        if (token != null && rememberFor != null) {
            RememberedBrowserCookie.write(token, rememberFor);
        }
    }

    /** After a backup-code login: the new backup code, once, before the app opens. */
    private void showNewBackupCode(SecondFactorOutcome.PassedWithBackupCode outcome) {
        Button proceed = new Button(getTranslation("login.continue"), event -> signIn(outcome.account(), true));
        proceed.setId("login-continue");
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showStep(getTranslation("login.newBackupCodeTitle"), new Paragraph(getTranslation("login.backupCodeUsed")),
                new BackupCodePanel(outcome.newBackupCode(), companyName), proceed);
        proceed.focus();
    }
}
