package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.web.twofactor.WrongCodeMessage;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.login.PendingLogin;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.login.SecondFactorOutcome;
import com.nordhost.clientarea.domain.login.SecondFactorProof;
import com.nordhost.clientarea.domain.login.SessionEpochs;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignIns;
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
import com.vaadin.flow.function.SerializableConsumer;

import java.util.Objects;
import java.util.Optional;

/**
 * The login card both apps share: e-mail and password (Enter submits) in one realm; with a second factor on, the
 * second step (a code from an app or the backup code, and the options the app offers); after a backup-code login the
 * new backup code, once; then {@link #signIn}. Nobody is signed in before every required factor was passed: the
 * "password passed" state ({@link PendingLogin}) lives only in this component, never in the session, and a change of
 * the account in between (a new password, 2FA off) sends the person back to the password. The same message for an
 * unknown e-mail and a wrong password. A complete login leaves a device cookie ({@link DeviceCookie}) that the
 * password step sends along next time, so that strangers' wrong passwords never make this browser wait; the session
 * remembers the account's session epoch ({@link SessionEpochs}) it signed in at. Where the options remember browsers
 * (the client area only), a remembered browser's cookie ({@link RememberedBrowserCookie}) goes to the password step,
 * which may then sign in without the code. Where the options offer a passkey (the client area, decision 0045), the
 * password step shows it, and a passkey's sign-in ends in {@link #signIn(Account, SecondFactorUsed)} like any other.
 * <p>
 * What differs between the apps is {@link SignInOptions}, data given to the constructor. Its {@code login.*} keys are
 * in {@code SharedTranslationKeys}; each app's bundle words them its own way ({@code login.title} is the heading of
 * the password step).
 */
public class SignInFlow extends Div {

    /** What the card shows: the password, the code (or backup code), or anything else (a message, a new backup code). */
    public enum Step { PASSWORD, CODE, OTHER }

    private static final System.Logger LOG = System.getLogger(SignInFlow.class.getName());

    private final PasswordLogin passwordLogin;
    private final SecondFactorLogin secondFactorLogin;
    private final SessionEpochs sessionEpochs;
    private final SignIns signIns;
    private final LanguagePreference languagePreference;
    private final SignInOptions options;
    private final Paragraph error = new Paragraph();
    /** The login in progress after a right password; null on the password step. */
    private PendingLogin pending;
    private Checkbox remember;
    private final java.util.List<SerializableConsumer<Step>> stepListeners = new java.util.ArrayList<>();

    /**
     * @param languagePreference the account's stored language is applied at sign-in (none stored: the language on
     *                           screen is stored); null: the session's language stays
     */
    public SignInFlow(PasswordLogin passwordLogin, SecondFactorLogin secondFactorLogin, SessionEpochs sessionEpochs,
                      SignIns signIns, LanguagePreference languagePreference, SignInOptions options) {
        this.passwordLogin = Objects.requireNonNull(passwordLogin, "The password login is required.");
        this.secondFactorLogin = Objects.requireNonNull(secondFactorLogin, "The second-factor login is required.");
        this.sessionEpochs = Objects.requireNonNull(sessionEpochs, "The session epochs are required.");
        this.signIns = Objects.requireNonNull(signIns, "The sign-ins are required.");
        this.languagePreference = languagePreference;
        this.options = Objects.requireNonNull(options, "The options are required.");
        addClassName("login-card");
        error.setId("login-error");
        error.addClassName("alert");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
    }

    /**
     * Checks a proof of the second factor given outside the code form (a security key's answer) for the login in
     * progress: a pass signs in, a lock or an outdated login ends the step, a wait is held back; the outcome tells
     * the caller what to show for the rest.
     */
    public SecondFactorOutcome submit(SecondFactorProof proof) {
        if (pending == null) {
            return new SecondFactorOutcome.StartAgain();
        }
        SecondFactorOutcome outcome = secondFactorLogin.check(pending, proof, RequestOrigins.current(),
                rememberTicked());
        if (outcome instanceof SecondFactorOutcome.Passed passed) {
            keepRememberedToken(passed.rememberedToken());
            signIn(passed.account(), proof instanceof SecondFactorProof.KeyAssertion ? SecondFactorUsed.SECURITY_KEY
                    : SecondFactorUsed.APP_CODE);
        } else if (outcome instanceof SecondFactorOutcome.PassedWithBackupCode withBackupCode) {
            keepRememberedToken(withBackupCode.rememberedToken());
            showNewBackupCode(withBackupCode);
        } else if (outcome instanceof SecondFactorOutcome.TryLater) {
            ThrottledAnswer.holdBack();
        } else if (outcome instanceof SecondFactorOutcome.StartAgain) {
            start();
            showError(getTranslation("login.startAgain"));
        } else if (outcome instanceof SecondFactorOutcome.Locked) {
            showStep(getTranslation("secondFactor.title"));
            showError(options.lockedMessage().get());
        }
        return outcome;
    }

    /** The password step, with no message: every visit of the login page starts here. */
    public void start() {
        pending = null;
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
        Component passkey = options.passkey() == null ? null : options.passkey().offer(this);
        if (passkey == null) {
            show(Step.PASSWORD, getTranslation("login.title"), email, password, logIn);
        } else {
            // The browser's autofill offers passkeys in the e-mail field too (WebAuthn conditional mediation).
            email.getElement().setAttribute("autocomplete", "username webauthn");
            show(Step.PASSWORD, getTranslation("login.title"), email, password, logIn, passkey);
        }
        email.focus();
    }

    /**
     * Tells {@code listener} each time the card changes step, so that the page around it offers only what fits (the
     * client area's "Forgot your password?" belongs to the password step, not to the code step).
     */
    public void addStepListener(SerializableConsumer<Step> listener) {
        stepListeners.add(Objects.requireNonNull(listener, "A listener is required."));
    }

    /** Replaces the card's content: the heading, the (hidden) message line, then {@code content}. */
    public void showStep(String title, Component... content) {
        show(Step.OTHER, title, content);
    }

    private void show(Step step, String title, Component... content) {
        removeAll();
        error.setVisible(false);
        add(new H2(title), error);
        add(content);
        stepListeners.forEach(listener -> listener.accept(step));
    }

    /** Shows {@code message} in the card's message line (id {@code login-error}). */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /**
     * Signs the account in (without a second factor, or with one set up during this login) and opens the page asked
     * for. Call it only when every required factor was passed.
     */
    public void signIn(Account account, boolean secondFactorPassed) {
        signIn(account, secondFactorPassed ? SecondFactorUsed.SET_UP_AT_LOGIN : SecondFactorUsed.NONE);
    }

    /**
     * Signs the account in (new session id, the sign-in in the database and its cookie, principal in the session,
     * the device cookie) and opens the page asked for. Call it only when every required factor was passed.
     */
    public void signIn(Account account, SecondFactorUsed secondFactor) {
        pending = null;
        Optional<SignIns.Begun> begun = signIns.begin(account.id(), secondFactor, RequestOrigins.current());
        int epoch = begun.map(SignIns.Begun::sessionEpoch).orElseGet(() -> sessionEpochs.atSignIn(account.id()));
        SignIn.complete(new SignedInUser(account.id().value(), account.role(), account.email().value(),
                account.fullName(), secondFactor != SecondFactorUsed.NONE, epoch,
                begun.map(SignIns.Begun::id).orElse(0L)));
        begun.ifPresent(b -> SignInCookie.write(options.realm(), b.token(), signIns.limits().absolute()));
        DeviceCookie.write(options.realm(), passwordLogin.rememberDevice(account.id()));
        LOG.log(System.Logger.Level.DEBUG, "Login finished for account {0}", account.id());
        if (languagePreference != null) {
            AccountLanguage.atSignIn(UI.getCurrent(), languagePreference, account.id());
        }
        UI.getCurrent().navigate(SignIn.takeRedirectTarget().orElse(""));
    }

    private void logIn(TextField email, PasswordField password) {
        boolean remembering = options.rememberBrowser() != null;
        String remembered = remembering ? RememberedBrowserCookie.read().orElse(null) : null;
        LoginOutcome outcome = passwordLogin.logIn(options.realm(), email.getValue(), password.getValue(),
                RequestOrigins.current(), new BrowserTokens(DeviceCookie.read(options.realm()).orElse(null), remembered));
        password.clear();
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            signIn(loggedIn.account(), false);
        } else if (outcome instanceof LoginOutcome.SecondFactorSetUpRequired setUp) {
            // Decision 0046: nobody is signed in before the required second factor is set up.
            pending = null;
            options.setUpRequired().passwordAccepted(this, setUp.account());
        } else if (outcome instanceof LoginOutcome.LoggedInWithRememberedBrowser rememberedLogin) {
            signIn(rememberedLogin.account(), SecondFactorUsed.REMEMBERED_BROWSER);
        } else if (outcome instanceof LoginOutcome.SecondFactorRequired required) {
            if (remembered != null) {
                // Forgotten, expired or from before a password change: the browser stops sending it.
                RememberedBrowserCookie.clear();
            }
            showSecondFactorStep(required.pending());
        } else if (outcome instanceof LoginOutcome.Refused refused
                && refused.reason() == LoginOutcome.Reason.SECOND_FACTOR_LOCKED) {
            showError(options.lockedMessage().get());
        } else if (outcome instanceof LoginOutcome.TryLater) {
            ThrottledAnswer.holdBack();
            showError(getTranslation("login.tryLater"));
        } else {
            showError(getTranslation("login.badCredentials"));
            password.focus();
        }
    }

    private void showSecondFactorStep(PendingLogin login) {
        pending = login;
        SecondFactorForm form = new SecondFactorForm();
        remember = null;
        if (options.rememberBrowser() != null) {
            remember = new Checkbox(options.rememberBrowser().label());
            remember.setId("remember-browser");
            form.addOption(remember);
        }
        form.addCodeSubmittedListener(this::codeSubmitted);
        if (options.lostBoth() == null) {
            show(Step.CODE, getTranslation("secondFactor.title"), form);
        } else {
            Button ask = new Button(options.lostBoth().label(),
                    event -> options.lostBoth().action().askForRecovery(this, login.accountId()));
            ask.setId("recovery-request-link");
            ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            show(Step.CODE, getTranslation("secondFactor.title"), form, ask);
        }
        Component key = options.securityKey() == null ? null : options.securityKey().offer(this, login);
        if (key != null) {
            addComponentAtIndex(2, key);
        }
    }

    private boolean rememberTicked() {
        return remember != null && remember.getValue();
    }

    private void codeSubmitted(SecondFactorForm.CodeSubmittedEvent submitted) {
        SecondFactorForm form = submitted.getSource();
        SecondFactorOutcome outcome = submit(new SecondFactorProof.TypedCode(submitted.code()));
        if (outcome instanceof SecondFactorOutcome.MalformedCode malformed) {
            form.showError(getTranslation(malformed.problem().messageKey()));
        } else if (outcome instanceof SecondFactorOutcome.WrongCode wrong) {
            form.showError(submitted.backupCode() ? getTranslation("secondFactor.wrongBackupCode")
                    : WrongCodeMessage.of(this, "secondFactor.wrongCode", wrong.clockOffset()));
        } else if (outcome instanceof SecondFactorOutcome.TryLater) {
            form.showError(getTranslation("secondFactor.tryLater"));
        }
    }

    private void keepRememberedToken(String token) {
        if (token != null && options.rememberBrowser() != null) {
            RememberedBrowserCookie.write(token, options.rememberBrowser().lifetime());
        }
    }

    /** After a backup-code login: the new backup code, once, before the app opens. */
    private void showNewBackupCode(SecondFactorOutcome.PassedWithBackupCode outcome) {
        Button proceed = new Button(getTranslation("login.continue"),
                event -> signIn(outcome.account(), SecondFactorUsed.BACKUP_CODE));
        proceed.setId("login-continue");
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showStep(getTranslation("login.newBackupCodeTitle"), new Paragraph(getTranslation("login.backupCodeUsed")),
                new BackupCodePanel(outcome.newBackupCode(), options.companyName()), proceed);
        proceed.focus();
    }
}
