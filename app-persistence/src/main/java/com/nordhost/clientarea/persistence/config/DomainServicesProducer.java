package com.nordhost.clientarea.persistence.config;

import com.nordhost.clientarea.domain.support.BrowsersForgottenBySupport;
import com.nordhost.clientarea.domain.DomainPorts;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.AccountRegistration;
import com.nordhost.clientarea.domain.audit.AuditLogQuery;
import com.nordhost.clientarea.domain.audit.AuditRetention;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.customers.CustomerSearch;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.login.SessionEpochs;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.domain.profile.CustomerDetailsChange;
import com.nordhost.clientarea.domain.profile.LanguagePreference;
import com.nordhost.clientarea.domain.profile.PasswordChange;
import com.nordhost.clientarea.domain.passwordreset.PasswordReset;
import com.nordhost.clientarea.domain.onboarding.CustomerOnboarding;
import com.nordhost.clientarea.domain.apitokens.ApiTokens;
import com.nordhost.clientarea.domain.lifecycle.CustomerDeactivation;
import com.nordhost.clientarea.domain.lifecycle.CustomerErasure;
import com.nordhost.clientarea.domain.provisioning.CustomerProvisioning;
import com.nordhost.clientarea.domain.onboarding.InvitationAcceptance;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestFlow;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestQueue;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.domain.securitykey.PasskeySignIn;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyLogin;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRegistration;
import com.nordhost.clientarea.domain.staff.AgentAdministration;
import com.nordhost.clientarea.domain.support.SupportDesk;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.domain.importing.CustomerImport;
import com.nordhost.clientarea.domain.privacy.MyDataExport;
import com.nordhost.clientarea.domain.activity.SecurityActivity;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewal;
import com.nordhost.clientarea.domain.twofactor.DisableTwoFactor;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import com.nordhost.clientarea.persistence.jpa.ContainerEntityManagers;
import com.nordhost.clientarea.persistence.jpa.JtaTransactions;
import com.nordhost.clientarea.persistence.mail.MailSettings;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import com.nordhost.clientarea.domain.protect.AccountSecuring;
import com.nordhost.clientarea.domain.protect.OwnerFlagDesk;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Assembles the domain in the server, once per application, over the JPA repositories and JTA transactions,
 * and offers each use case a view calls for constructor injection ({@code @Inject LoginView(PasswordLogin,
 * SecondFactorLogin, DomainSettings)}). The assembly itself is no bean: nothing can inject the whole bundle and
 * pull use cases out of it. Use cases have no no-arg constructor, so they are {@code @Singleton} (no client
 * proxy), not normal-scoped; each is stateless apart from the database.
 */
@ApplicationScoped
public class DomainServicesProducer {

    private static final Logger LOG = Logger.getLogger(DomainServicesProducer.class.getName());

    private final DomainServices domain;
    private final ClientAreaSettings settings;
    private final KeyRing keyRing;

    /** For CDI's proxy of this normal-scoped bean only. */
    protected DomainServicesProducer() {
        this.domain = null;
        this.settings = null;
        this.keyRing = null;
    }

    @Inject
    public DomainServicesProducer(ContainerEntityManagers entityManagers, JtaTransactions transactions) {
        settings = ClientAreaSettings.current();
        keyRing = KeyRing.loadOrCreate(settings.keyFile(), new SecureRandom());
        DomainPorts ports = JpaPorts.over(entityManagers, transactions);
        domain = DomainServices.create(ports, Clock.systemUTC(), keyRing, settings.domain(), afterTheAnswer());
        LOG.fine(() -> "Domain assembled: TOTP issuer '" + settings.domain().totpIssuer() + "', key file "
                + settings.keyFile() + " (current key id " + keyRing.currentKeyId() + ").");
    }

    /**
     * The container's managed executor (its threads carry the application's naming context, so JTA and the entity
     * manager work there): work that must not delay an answer runs on it. A failure is logged without the work's data.
     */
    private static Executor afterTheAnswer() {
        ManagedExecutorService executor;
        try {
            executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("The container's default managed executor is missing", e);
        }
        return task -> executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Work done after an answer failed: " + e.getClass().getName());
            }
        });
    }

    @Produces
    @Singleton
    ClientAreaSettings settings() {
        return settings;
    }

    /** For the start-up check that this node's keys read the database's secrets (KeyRingCheck). */
    @Produces
    @Singleton
    KeyRing keyRing() {
        return keyRing;
    }

    @Produces
    @Singleton
    MailSettings mailSettings() {
        return settings.mail();
    }

    @Produces
    @Singleton
    DomainSettings domainSettings() {
        return settings.domain();
    }

    @Produces
    @Singleton
    AccountRegistration accountRegistration() {
        return domain.accountRegistration();
    }

    @Produces
    @Singleton
    PasswordReset passwordReset() {
        return domain.passwordReset();
    }

    @Produces
    @Singleton
    CustomerOnboarding customerOnboarding() {
        return domain.customerOnboarding();
    }

    @Produces
    @Singleton
    CustomerImport customerImport() {
        return domain.customerImport();
    }

    @Produces
    @Singleton
    CustomerDeactivation customerDeactivation() {
        return domain.customerDeactivation();
    }

    @Produces
    @Singleton
    CustomerErasure customerErasure() {
        return domain.customerErasure();
    }

    @Produces
    @Singleton
    ApiTokens apiTokens() {
        return domain.apiTokens();
    }

    @Produces
    @Singleton
    CustomerProvisioning customerProvisioning() {
        return domain.customerProvisioning();
    }

    @Produces
    @Singleton
    InvitationAcceptance invitationAcceptance() {
        return domain.invitationAcceptance();
    }

    @Produces
    @Singleton
    AuditRetention auditRetention() {
        return domain.auditRetention();
    }

    @Produces
    @Singleton
    RecoveryRequestFlow recoveryRequestFlow() {
        return domain.recoveryRequestFlow();
    }

    @Produces
    @Singleton
    RecoveryRequestQueue recoveryRequestQueue() {
        return domain.recoveryRequestQueue();
    }

    @Produces
    @Singleton
    RememberedBrowsers rememberedBrowsers() {
        return domain.rememberedBrowsers();
    }

    @Produces
    @Singleton
    AuthenticatorApps authenticatorApps() {
        return domain.authenticatorApps();
    }

    @Produces
    @Singleton
    SecurityKeys securityKeys() {
        return domain.securityKeys();
    }

    @Produces
    @Singleton
    SecurityKeyRegistration securityKeyRegistration() {
        return domain.securityKeyRegistration();
    }

    @Produces
    @Singleton
    SecurityKeyLogin securityKeyLogin() {
        return domain.securityKeyLogin();
    }

    @Produces
    @Singleton
    PasskeySignIn passkeySignIn() {
        return domain.passkeySignIn();
    }

    @Produces
    @Singleton
    LanguagePreference languagePreference() {
        return domain.languagePreference();
    }

    @Produces
    @Singleton
    PasswordLogin passwordLogin() {
        return domain.passwordLogin();
    }

    @Produces
    @Singleton
    SecondFactorLogin secondFactorLogin() {
        return domain.secondFactorLogin();
    }

    @Produces
    @Singleton
    SessionEpochs sessionEpochs() {
        return domain.sessionEpochs();
    }

    @Produces
    @Singleton
    SignIns signIns() {
        return domain.signIns();
    }

    @Produces
    @Singleton
    Enrollment enrollment() {
        return domain.enrollment();
    }

    @Produces
    @Singleton
    DisableTwoFactor disableTwoFactor() {
        return domain.disableTwoFactor();
    }

    @Produces
    @Singleton
    MyDataExport myDataExport() {
        return domain.myDataExport();
    }

    @Produces
    @Singleton
    AccountSecuring accountSecuring() {
        return domain.accountSecuring();
    }

    @Produces
    @Singleton
    OwnerFlagDesk ownerFlagDesk() {
        return domain.ownerFlagDesk();
    }

    @Produces
    @Singleton
    com.nordhost.clientarea.domain.twofactor.RequiredTwoFactor requiredTwoFactor() {
        return domain.requiredTwoFactor();
    }

    @Produces
    @Singleton
    com.nordhost.clientarea.domain.support.TwoFactorRequirementDesk twoFactorRequirementDesk() {
        return domain.twoFactorRequirementDesk();
    }

    @Produces
    @Singleton
    SecurityActivity securityActivity() {
        return domain.securityActivity();
    }

    @Produces
    @Singleton
    BackupCodeRenewal backupCodeRenewal() {
        return domain.backupCodeRenewal();
    }

    @Produces
    @Singleton
    PasswordChange passwordChange() {
        return domain.passwordChange();
    }

    @Produces
    @Singleton
    TwoFactorOverview twoFactorOverview() {
        return domain.twoFactorOverview();
    }

    @Produces
    @Singleton
    CustomerDetailsChange customerDetailsChange() {
        return domain.customerDetailsChange();
    }

    @Produces
    @Singleton
    SupportDesk supportDesk() {
        return domain.supportDesk();
    }

    @Produces
    @Singleton
    CustomerSearch customerSearch() {
        return domain.customerSearch();
    }

    @Produces
    @Singleton
    AuditLogQuery auditLogQuery() {
        return domain.auditLogQuery();
    }

    @Produces
    @Singleton
    AgentAdministration agentAdministration() {
        return domain.agentAdministration();
    }

    @Produces
    @Singleton
    BrowsersForgottenBySupport browsersForgottenBySupport() {
        return domain.browsersForgottenBySupport();
    }
}
