package com.nordhost.clientarea.persistence.config;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.account.AccountRegistration;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditLog;
import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.domain.login.PasswordLogin;
import com.nordhost.clientarea.domain.login.SecondFactorLogin;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.profile.CustomerDetailsChange;
import com.nordhost.clientarea.domain.profile.PasswordChange;
import com.nordhost.clientarea.domain.support.SecondFactorUnlock;
import com.nordhost.clientarea.domain.support.SupportRemoval;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewal;
import com.nordhost.clientarea.domain.twofactor.DisableTwoFactor;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.audit.JpaAuditLog;
import com.nordhost.clientarea.persistence.backoffice.JpaOutbox;
import com.nordhost.clientarea.persistence.jpa.ContainerEntityManagers;
import com.nordhost.clientarea.persistence.jpa.JtaTransactions;
import com.nordhost.clientarea.persistence.twofactor.JpaTwoFactorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Assembles the domain services in the server, once per application, and offers each use case for
 * constructor injection ({@code @Inject LoginView(PasswordLogin login, ...)}). The domain classes
 * have no no-arg constructor, so they are {@code @Singleton} (no client proxy), not normal-scoped.
 * Repositories use the container's transaction-scoped EntityManager; use cases run in JTA transactions.
 */
@ApplicationScoped
public class DomainServicesProducer {

    private static final Logger LOG = Logger.getLogger(DomainServicesProducer.class.getName());

    @Produces
    @Singleton
    DomainServices domainServices(ContainerEntityManagers entityManagers, JtaTransactions transactions) {
        ClientAreaSettings settings = ClientAreaSettings.fromConfig();
        KeyRing keyRing = KeyRing.loadOrCreate(settings.keyFile(), new SecureRandom());
        LOG.info(() -> "Domain services ready: TOTP issuer '" + settings.totpIssuer() + "', key file "
                + settings.keyFile() + " (current key id " + keyRing.currentKeyId() + ").");
        return DomainServices.create(new JpaAccountRepository(entityManagers),
                new JpaTwoFactorRepository(entityManagers), new JpaAuditLog(entityManagers), transactions,
                Clock.systemUTC(), keyRing, DomainSettings.of(settings.totpIssuer()),
                new JpaOutbox(entityManagers));
    }

    @Produces
    @Singleton
    AccountRepository accountRepository(DomainServices services) {
        return services.accounts();
    }

    @Produces
    @Singleton
    AuditLog auditLog(DomainServices services) {
        return services.auditLog();
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy(DomainServices services) {
        return services.passwordPolicy();
    }

    @Produces
    @Singleton
    AccountRegistration accountRegistration(DomainServices services) {
        return services.accountRegistration();
    }

    @Produces
    @Singleton
    PasswordLogin passwordLogin(DomainServices services) {
        return services.passwordLogin();
    }

    @Produces
    @Singleton
    SecondFactorLogin secondFactorLogin(DomainServices services) {
        return services.secondFactorLogin();
    }

    @Produces
    @Singleton
    Enrollment enrollment(DomainServices services) {
        return services.enrollment();
    }

    @Produces
    @Singleton
    DisableTwoFactor disableTwoFactor(DomainServices services) {
        return services.disableTwoFactor();
    }

    @Produces
    @Singleton
    BackupCodeRenewal backupCodeRenewal(DomainServices services) {
        return services.backupCodeRenewal();
    }

    @Produces
    @Singleton
    PasswordChange passwordChange(DomainServices services) {
        return services.passwordChange();
    }

    @Produces
    @Singleton
    SupportRemoval supportRemoval(DomainServices services) {
        return services.supportRemoval();
    }

    @Produces
    @Singleton
    SecondFactorUnlock secondFactorUnlock(DomainServices services) {
        return services.secondFactorUnlock();
    }

    @Produces
    @Singleton
    TwoFactorOverview twoFactorOverview(DomainServices services) {
        return services.twoFactorOverview();
    }

    @Produces
    @Singleton
    CustomerDetailsChange customerDetailsChange(DomainServices services) {
        return services.customerDetailsChange();
    }
}
