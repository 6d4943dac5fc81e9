package com.nordhost.clientarea.domain;

import com.nordhost.clientarea.domain.apitokens.ApiTokens;
import com.nordhost.clientarea.domain.provisioning.CustomerProvisioning;
import com.nordhost.clientarea.domain.account.AccountRegistration;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.activity.SecurityActivity;
import com.nordhost.clientarea.domain.audit.AuditLogQuery;
import com.nordhost.clientarea.domain.audit.AuditRetention;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.audit.SecurityEventLog;
import com.nordhost.clientarea.domain.backupcode.BackupCodeGenerator;
import com.nordhost.clientarea.domain.backupcode.BackupCodeHasher;
import com.nordhost.clientarea.domain.confirmation.PasswordConfirmation;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.crypto.MessageSigner;
import com.nordhost.clientarea.domain.crypto.SecretCipher;
import com.nordhost.clientarea.domain.customers.CustomerSearch;
import com.nordhost.clientarea.domain.importing.CustomerImport;
import com.nordhost.clientarea.domain.login.DeviceTrust;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.login.ProofCheck;
import com.nordhost.clientarea.domain.login.SecondFactorFailures;
import com.nordhost.clientarea.domain.login.TypedCodeCheck;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.login.SessionEpochs;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.onboarding.CustomerOnboarding;
import com.nordhost.clientarea.domain.lifecycle.CustomerDeactivation;
import com.nordhost.clientarea.domain.lifecycle.CustomerErasure;
import com.nordhost.clientarea.domain.onboarding.InvitationAcceptance;
import com.nordhost.clientarea.domain.onboarding.InvitationMail;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.privacy.MyDataExport;
import com.nordhost.clientarea.domain.protect.AccountSecuring;
import com.nordhost.clientarea.domain.protect.OwnerFlagDesk;
import com.nordhost.clientarea.domain.profile.CustomerDetailsChange;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.domain.profile.PasswordChange;
import com.nordhost.clientarea.domain.passwordreset.PasswordReset;
import com.nordhost.clientarea.domain.recovery.MailedLinks;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestFlow;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestQueue;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserStore;
import com.nordhost.clientarea.domain.remembered.RememberedBrowserTokens;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyStore;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.domain.staff.AgentAdministration;
import com.nordhost.clientarea.domain.support.BrowsersForgottenBySupport;
import com.nordhost.clientarea.domain.support.SecondFactorUnlock;
import com.nordhost.clientarea.domain.support.SupportDesk;
import com.nordhost.clientarea.domain.support.SupportRemoval;
import com.nordhost.clientarea.domain.support.TwoFactorRequirementDesk;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import com.nordhost.clientarea.domain.totp.TotpVerifier;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppStore;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorStore;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewal;
import com.nordhost.clientarea.domain.twofactor.BackupCodeStore;
import com.nordhost.clientarea.domain.twofactor.SecondFactorEnd;
import com.nordhost.clientarea.domain.twofactor.DisableTwoFactor;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.domain.twofactor.RequiredTwoFactor;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import com.nordhost.clientarea.domain.securitykey.PasskeyCheck;
import com.nordhost.clientarea.domain.securitykey.PasskeySignIn;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyCheck;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyLogin;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRegistration;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The one place where the domain is assembled, in the server and in tests alike:
 * {@code DomainServices.create(ports, clock, keyRing, settings)}. Each use case is built once, over the same
 * hasher, cipher, throttles and audit trail, so two use cases never count the same failure twice.
 *
 * <p>It is an assembly, not a locator: the server's CDI producers hand each use case to the views that call
 * it ({@code LoginView(PasswordLogin, SecondFactorLogin, ...)}), and nothing looks the bundle up.
 */
public final class DomainServices {

    private final AccountRegistration accountRegistration;
    private final PasswordLogin passwordLogin;
    private final SecondFactorLogin secondFactorLogin;
    private final SessionEpochs sessionEpochs;
    private final SignIns signIns;
    private final Enrollment enrollment;
    private final AuthenticatorApps authenticatorApps;
    private final DisableTwoFactor disableTwoFactor;
    private final BackupCodeRenewal backupCodeRenewal;
    private final PasswordChange passwordChange;
    private final TwoFactorOverview twoFactorOverview;
    private final CustomerDetailsChange customerDetailsChange;
    private final SupportRemoval supportRemoval;
    private final SecondFactorUnlock secondFactorUnlock;
    private final SupportDesk supportDesk;
    private final CustomerSearch customerSearch;
    private final AuditLogQuery auditLogQuery;
    private final AuditRetention auditRetention;
    private final AgentAdministration agentAdministration;
    private final LanguagePreference languagePreference;
    private final PasswordReset passwordReset;
    private final RecoveryRequestFlow recoveryRequestFlow;
    private final RecoveryRequestQueue recoveryRequestQueue;
    private final RememberedBrowsers rememberedBrowsers;
    private final SecurityKeys securityKeys;
    private final SecurityKeyRegistration securityKeyRegistration;
    private final SecurityKeyLogin securityKeyLogin;
    private final PasskeySignIn passkeySignIn;
    private final CustomerOnboarding customerOnboarding;
    private final CustomerDeactivation customerDeactivation;
    private final CustomerErasure customerErasure;
    private final InvitationAcceptance invitationAcceptance;
    private final MyDataExport myDataExport;
    private final ApiTokens apiTokens;
    private final CustomerProvisioning customerProvisioning;
    private final AccountSecuring accountSecuring;
    private final OwnerFlagDesk ownerFlagDesk;
    private final SecurityActivity securityActivity;
    private final BrowsersForgottenBySupport browsersForgottenBySupport;
    private final CustomerImport customerImport;
    private final RequiredTwoFactor requiredTwoFactor;
    private final TwoFactorRequirementDesk twoFactorRequirementDesk;

    private DomainServices(DomainPorts ports, Clock clock, KeyRing keyRing, DomainSettings settings,
                           Executor afterTheAnswer) {
        SecureRandom random = new SecureRandom();
        // Every audit event is also one line in the server's log (SecurityEventLog).
        AuditLog auditLog = new SecurityEventLog(ports.auditLog());
        PasswordHasher passwordHasher = new PasswordHasher(settings.passwordHashing(), random);
        PasswordPolicy passwordPolicy = new PasswordPolicy();
        AuditTrail audit = new AuditTrail(auditLog, clock);
        SecretCipher cipher = new SecretCipher(keyRing, random);
        TotpVerifier verifier = new TotpVerifier(clock);
        BackupCodeGenerator backupCodes = new BackupCodeGenerator(random);
        BackupCodeHasher backupCodeHasher = new BackupCodeHasher(passwordHasher);
        PasswordFailures passwordFailures = new PasswordFailures(ports.accounts(), ports.unknownAddresses(),
                new MessageSigner(keyRing, "unknown address"), clock);
        DeviceTrust deviceTrust = new DeviceTrust(new MessageSigner(keyRing, "device token"), clock, random);
        SecurityNotices notices = new SecurityNotices(ports.accounts(), ports.outbox(), clock, settings.companyName(),
                settings.supportEmail(), settings.timeZone(), ports.protectLinks(), settings.customerUrl(), random);

        PasswordConfirmation passwordConfirmation = new PasswordConfirmation(passwordHasher, passwordFailures, audit);
        // Every kind of authenticator, in the order the second factor's end removes them (decision 0025).
        List<AuthenticatorStore> authenticatorStores = List.of(new AuthenticatorAppStore(ports.authenticatorApps()),
                new SecurityKeyStore(ports.securityKeys(), ports.webAuthnChallenges()),
                new RememberedBrowserStore(ports.rememberedBrowsers(), clock), new BackupCodeStore(ports.twoFactor()));
        // Decision 0046: the one rule of who must use a second factor, agents and customers alike.
        requiredTwoFactor = new RequiredTwoFactor(ports.accounts(), ports.twoFactor(), ports.twoFactorRequirements(),
                settings.twoFactorRequirement(), ports.transactions(), clock);
        SecondFactorEnd secondFactorEnd = new SecondFactorEnd(ports.accounts(), ports.twoFactor(),
                authenticatorStores, audit, notices, requiredTwoFactor);

        rememberedBrowsers = new RememberedBrowsers(ports.accounts(), ports.rememberedBrowsers(), audit,
                ports.transactions(), clock);
        // Only the login's two steps get the tokens: nothing else can issue or honour one (decision 0020).
        RememberedBrowserTokens rememberedTokens = new RememberedBrowserTokens(ports.accounts(),
                ports.rememberedBrowsers(), new MessageSigner(keyRing, "remembered browser"), audit, notices, clock,
                random, settings.rememberBrowser());

        securityKeys = new SecurityKeys(ports.accounts(), ports.securityKeys(), passwordConfirmation, audit, notices,
                ports.transactions());
        // The user handle a key is given at registration; a passkey's answer brings it back (decision 0045).
        MessageSigner userHandles = new MessageSigner(keyRing, "webauthn user handle");
        securityKeyRegistration = new SecurityKeyRegistration(ports.accounts(), ports.twoFactor(),
                ports.securityKeys(), ports.webAuthnChallenges(), settings.relyingParty(), settings.companyName(),
                userHandles, passwordConfirmation, audit, notices, ports.transactions(), clock, random);
        securityKeyLogin = new SecurityKeyLogin(ports.accounts(), ports.twoFactor(), ports.securityKeys(),
                ports.webAuthnChallenges(), settings.relyingParty(), ports.transactions(), clock, random);

        accountRegistration = new AccountRegistration(ports.accounts(), passwordHasher, passwordPolicy,
                ports.transactions(), clock);
        // The login's second step: one check per kind of proof, sharing one throttle (decision 0025).
        SecondFactorFailures secondFactorFailures = new SecondFactorFailures(ports.twoFactor(), audit, notices, clock);
        List<ProofCheck> proofChecks = List.of(
                new TypedCodeCheck(ports.twoFactor(), ports.authenticatorApps(), cipher, verifier, backupCodes,
                        backupCodeHasher, audit, notices, clock, secondFactorFailures),
                new SecurityKeyCheck(ports.twoFactor(), ports.securityKeys(), ports.webAuthnChallenges(),
                        settings.relyingParty(), audit, notices, clock, secondFactorFailures),
                new PasskeyCheck(ports.twoFactor(), ports.securityKeys(), settings.relyingParty(), userHandles,
                        deviceTrust, audit, notices, clock, secondFactorFailures));
        secondFactorLogin = new SecondFactorLogin(ports.accounts(), ports.twoFactor(), proofChecks, audit,
                ports.transactions(), clock, rememberedTokens);
        // A passkey alone: the login's one second step, started from the login page (decision 0045).
        passkeySignIn = new PasskeySignIn(ports.accounts(), ports.securityKeys(), secondFactorLogin,
                settings.relyingParty(), audit, ports.transactions(), clock, random);
        sessionEpochs = new SessionEpochs(ports.accounts(), ports.transactions());
        signIns = new SignIns(ports.accounts(), ports.signIns(), new MessageSigner(keyRing, "sign-in"), audit, notices,
                ports.transactions(), clock, random, settings.signInLimits());
        enrollment = new Enrollment(ports.accounts(), ports.twoFactor(), ports.authenticatorApps(), cipher, verifier,
                backupCodes, backupCodeHasher, audit, ports.transactions(), clock, random, settings.totpIssuer(),
                settings.totp(), notices);
        authenticatorApps = new AuthenticatorApps(ports.accounts(), ports.twoFactor(), ports.authenticatorApps(),
                cipher, verifier, passwordConfirmation, audit, notices, ports.transactions(), clock, random,
                settings.totpIssuer(), settings.totp());
        disableTwoFactor = new DisableTwoFactor(ports.accounts(), ports.twoFactor(), passwordConfirmation,
                secondFactorEnd, ports.transactions(), requiredTwoFactor, audit);
        backupCodeRenewal = new BackupCodeRenewal(ports.accounts(), ports.twoFactor(), passwordConfirmation,
                backupCodes, backupCodeHasher, audit, ports.transactions(), notices);
        passwordChange = new PasswordChange(ports.accounts(), passwordHasher, passwordPolicy, audit,
                ports.transactions(), passwordConfirmation, notices, rememberedBrowsers);
        twoFactorOverview = new TwoFactorOverview(ports.twoFactor(), ports.transactions(), clock);
        // Links mailed for an account stop working together (an address change, a deactivation).
        MailedLinks mailedLinks = new MailedLinks(ports.passwordResets(), ports.recoveryRequests(), audit, clock);
        customerDetailsChange = new CustomerDetailsChange(ports.accounts(), passwordConfirmation, auditLog, notices,
                mailedLinks, ports.transactions(), clock);
        supportRemoval = new SupportRemoval(ports.accounts(), secondFactorEnd, audit, ports.transactions());
        twoFactorRequirementDesk = new TwoFactorRequirementDesk(ports.accounts(), ports.twoFactorRequirements(),
                requiredTwoFactor, audit, notices, ports.transactions(), clock, settings.timeZone());
        secondFactorUnlock = new SecondFactorUnlock(ports.accounts(), ports.twoFactor(), audit, ports.transactions());
        supportDesk = new SupportDesk(ports.accounts(), auditLog, supportRemoval, secondFactorUnlock,
                twoFactorOverview, notices, ports.transactions());
        recoveryRequestFlow = new RecoveryRequestFlow(ports.accounts(), ports.twoFactor(), ports.recoveryRequests(),
                passwordHasher, passwordFailures, supportDesk, audit, notices, ports.transactions(), clock, random,
                settings.customerUrl(), settings.recoveryWait());
        recoveryRequestQueue = new RecoveryRequestQueue(ports.accounts(), ports.recoveryRequests(), audit, notices,
                ports.transactions(), clock, random, settings.customerUrl(), settings.recoveryWait(),
                recoveryRequestFlow);
        // An approved recovery whose wait is over takes effect at the account's next login attempt.
        passwordLogin = new PasswordLogin(ports.accounts(), ports.twoFactor(), passwordHasher, audit,
                ports.transactions(), passwordFailures, deviceTrust, recoveryRequestFlow::completeDue,
                rememberedTokens, requiredTwoFactor);
        customerSearch = new CustomerSearch(ports.customers(), ports.transactions());
        auditRetention = new AuditRetention(auditLog, ports.transactions(), clock, settings.auditRetention());
        auditLogQuery = new AuditLogQuery(ports.accounts(), ports.auditSearch(), ports.transactions());
        agentAdministration = new AgentAdministration(ports.accounts(), accountRegistration, ports.staff(),
                secondFactorEnd, auditLog, ports.transactions(), clock);
        languagePreference = new LanguagePreference(ports.accounts(), ports.transactions());
        passwordReset = new PasswordReset(ports.accounts(), ports.passwordResets(), passwordHasher, passwordPolicy,
                audit, notices, ports.transactions(), clock, random, settings.customerUrl(), rememberedBrowsers,
                afterTheAnswer);
        InvitationMail invitationMail = new InvitationMail(ports.passwordResets(), audit, notices, clock, random,
                settings.customerUrl());
        customerOnboarding = new CustomerOnboarding(ports.accounts(), ports.passwordResets(), invitationMail, audit,
                ports.transactions(), clock);
        browsersForgottenBySupport = new BrowsersForgottenBySupport(ports.accounts(), ports.rememberedBrowsers(),
                audit, notices, ports.transactions());
        customerImport = new CustomerImport(ports.accounts(), invitationMail, audit, ports.transactions(), clock);
        customerDeactivation = new CustomerDeactivation(ports.accounts(), mailedLinks, audit, notices,
                ports.transactions());
        customerErasure = new CustomerErasure(ports.accounts(), secondFactorEnd, ports.passwordResets(),
                ports.recoveryRequests(), ports.outbox(), ports.protectLinks(), ports.ownerFlags(), ports.auditLog(), audit,
                ports.transactions(), clock, random);
        invitationAcceptance = new InvitationAcceptance(ports.accounts(), ports.passwordResets(), invitationMail,
                passwordHasher, passwordPolicy, audit, ports.transactions(), clock);
        myDataExport = new MyDataExport(ports.accounts(), ports.twoFactor(), authenticatorStores,
                ports.rememberedBrowsers(), ports.auditLog(), ports.outbox(), passwordConfirmation, audit,
                ports.transactions(), clock);
        apiTokens = new ApiTokens(ports.accounts(), ports.apiTokens(), passwordFailures, audit, ports.transactions(),
                clock, random);
        customerProvisioning = new CustomerProvisioning(ports.accounts(), ports.provisionedCustomers(),
                customerOnboarding, customerDeactivation, passwordHasher, passwordPolicy, mailedLinks, notices, audit,
                ports.transactions());
        accountSecuring = new AccountSecuring(ports.accounts(), ports.protectLinks(), ports.ownerFlags(),
                rememberedBrowsers, mailedLinks, passwordReset, audit, notices, ports.transactions(), clock);
        ownerFlagDesk = new OwnerFlagDesk(ports.accounts(), ports.ownerFlags(), audit, notices, ports.transactions());
        securityActivity = new SecurityActivity(ports.accounts(), ports.auditSearch(), ports.transactions(), clock);
    }

    /** The domain doing all its work in the caller's thread (tests, the load driver's provisioner). */
    public static DomainServices create(DomainPorts ports, Clock clock, KeyRing keyRing, DomainSettings settings) {
        return create(ports, clock, keyRing, settings, Runnable::run);
    }

    /**
     * @param afterTheAnswer where work that must not delay an answer runs (the server's managed executor): a
     *                       forgotten-password request, whose time must not tell whether the address has an account
     */
    public static DomainServices create(DomainPorts ports, Clock clock, KeyRing keyRing, DomainSettings settings,
                                        Executor afterTheAnswer) {
        Objects.requireNonNull(ports, "The ports are required.");
        Objects.requireNonNull(clock, "A clock is required.");
        Objects.requireNonNull(keyRing, "The key ring is required.");
        Objects.requireNonNull(settings, "The settings are required.");
        Objects.requireNonNull(afterTheAnswer, "An executor is required.");
        return new DomainServices(ports, clock, keyRing, settings, afterTheAnswer);
    }

    public AccountRegistration accountRegistration() {
        return accountRegistration;
    }

    public PasswordLogin passwordLogin() {
        return passwordLogin;
    }

    public SecondFactorLogin secondFactorLogin() {
        return secondFactorLogin;
    }

    public SessionEpochs sessionEpochs() {
        return sessionEpochs;
    }

    /** Sign-ins kept in the database (decision 0037). */
    public SignIns signIns() {
        return signIns;
    }

    public Enrollment enrollment() {
        return enrollment;
    }

    public AuthenticatorApps authenticatorApps() {
        return authenticatorApps;
    }

    public DisableTwoFactor disableTwoFactor() {
        return disableTwoFactor;
    }

    public BackupCodeRenewal backupCodeRenewal() {
        return backupCodeRenewal;
    }

    public PasswordChange passwordChange() {
        return passwordChange;
    }

    public TwoFactorOverview twoFactorOverview() {
        return twoFactorOverview;
    }

    public CustomerDetailsChange customerDetailsChange() {
        return customerDetailsChange;
    }

    public SupportRemoval supportRemoval() {
        return supportRemoval;
    }

    public SecondFactorUnlock secondFactorUnlock() {
        return secondFactorUnlock;
    }

    public SupportDesk supportDesk() {
        return supportDesk;
    }

    public CustomerSearch customerSearch() {
        return customerSearch;
    }

    public AuditLogQuery auditLogQuery() {
        return auditLogQuery;
    }

    public AuditRetention auditRetention() {
        return auditRetention;
    }

    public AgentAdministration agentAdministration() {
        return agentAdministration;
    }

    public LanguagePreference languagePreference() {
        return languagePreference;
    }

    public PasswordReset passwordReset() {
        return passwordReset;
    }

    public RecoveryRequestFlow recoveryRequestFlow() {
        return recoveryRequestFlow;
    }

    public RecoveryRequestQueue recoveryRequestQueue() {
        return recoveryRequestQueue;
    }

    public RememberedBrowsers rememberedBrowsers() {
        return rememberedBrowsers;
    }

    public SecurityKeys securityKeys() {
        return securityKeys;
    }

    public SecurityKeyRegistration securityKeyRegistration() {
        return securityKeyRegistration;
    }

    public SecurityKeyLogin securityKeyLogin() {
        return securityKeyLogin;
    }

    /** Signing in with a passkey alone from the login page (decision 0045). */
    public PasskeySignIn passkeySignIn() {
        return passkeySignIn;
    }

    public CustomerOnboarding customerOnboarding() {
        return customerOnboarding;
    }

    public CustomerDeactivation customerDeactivation() {
        return customerDeactivation;
    }

    public CustomerErasure customerErasure() {
        return customerErasure;
    }

    public InvitationAcceptance invitationAcceptance() {
        return invitationAcceptance;
    }

    public MyDataExport myDataExport() {
        return myDataExport;
    }

    public ApiTokens apiTokens() {
        return apiTokens;
    }

    public CustomerProvisioning customerProvisioning() {
        return customerProvisioning;
    }

    public AccountSecuring accountSecuring() {
        return accountSecuring;
    }

    public OwnerFlagDesk ownerFlagDesk() {
        return ownerFlagDesk;
    }

    public SecurityActivity securityActivity() {
        return securityActivity;
    }

    public CustomerImport customerImport() {
        return customerImport;
    }

    public BrowsersForgottenBySupport browsersForgottenBySupport() {
        return browsersForgottenBySupport;
    }

    /** Who must use a second factor, and from when (decision 0046). */
    public RequiredTwoFactor requiredTwoFactor() {
        return requiredTwoFactor;
    }

    /** Support's "Require two-factor authentication" for one customer, and its lifting (decision 0046). */
    public TwoFactorRequirementDesk twoFactorRequirementDesk() {
        return twoFactorRequirementDesk;
    }
}
