package com.nordhost.clientarea.persistence.config;

import com.nordhost.clientarea.domain.BackOfficeServices;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.persistence.audit.JpaAuditSearch;
import com.nordhost.clientarea.persistence.backoffice.JpaCustomerDirectory;
import com.nordhost.clientarea.persistence.backoffice.JpaOutbox;
import com.nordhost.clientarea.persistence.backoffice.JpaStaffDirectory;
import com.nordhost.clientarea.persistence.jpa.ContainerEntityManagers;
import com.nordhost.clientarea.persistence.jpa.JtaTransactions;
import com.nordhost.clientarea.persistence.twofactor.JpaTwoFactorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.ConfigProvider;

/** The back-office use cases in the server, over the same domain services and container transactions. */
@ApplicationScoped
public class BackOfficeServicesProducer {

    @Produces
    @Singleton
    BackOfficeServices backOfficeServices(DomainServices domain, ContainerEntityManagers entityManagers,
                                          JtaTransactions transactions) {
        String company = ConfigProvider.getConfig().getOptionalValue("clientarea.company.name", String.class)
                .filter(s -> !s.isBlank()).orElse("Nordhost");
        return BackOfficeServices.create(domain, new JpaCustomerDirectory(entityManagers),
                new JpaAuditSearch(entityManagers), new JpaOutbox(entityManagers),
                new JpaStaffDirectory(entityManagers), new JpaTwoFactorRepository(entityManagers), transactions,
                Clock.systemUTC(), company);
    }
}
