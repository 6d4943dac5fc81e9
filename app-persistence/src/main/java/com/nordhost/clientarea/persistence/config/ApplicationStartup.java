package com.nordhost.clientarea.persistence.config;

import com.nordhost.clientarea.domain.crypto.KeyRing;
import com.nordhost.clientarea.persistence.jpa.ContainerEntityManagers;
import com.nordhost.clientarea.persistence.jpa.JtaTransactions;
import com.nordhost.clientarea.persistence.keys.KeyRingCheck;
import java.time.Clock;
import com.nordhost.clientarea.persistence.jpa.DatabaseMigrator;
import com.nordhost.clientarea.persistence.mail.OutboundMailScheduler;
import com.nordhost.clientarea.persistence.audit.AuditRetentionSweep;
import com.nordhost.clientarea.persistence.recovery.RecoveryRequestSweep;
import com.nordhost.clientarea.persistence.housekeeping.ExpiredRowsSweep;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Brings the database up to date, checks that this node's key file reads the database's secrets, then
 * creates the demo accounts, when each WAR starts and before it
 * serves a request; then starts sending the queued notifications, until the WAR stops.
 *
 * <p>A servlet context listener, not a CDI observer of {@code @Initialized(ApplicationScoped.class)}:
 * Payara fires that event during CDI bootstrap, before the WAR's naming context exists, so injecting
 * the {@code java:app/jdbc/clientarea} data source or the persistence context there fails the
 * deployment ("Lookup failed for java:comp/env/..."; Payara issue 3453). Servlet containers scan
 * {@code @WebListener} in WEB-INF/lib jars, so both WARs get it from this jar.
 */
@WebListener
public class ApplicationStartup implements ServletContextListener {

    @Inject
    DatabaseMigrator migrator;

    @Inject
    DemoData demoData;

    @Inject
    KeyRing keyRing;

    @Inject
    ClientAreaSettings settings;

    @Inject
    ContainerEntityManagers entityManagers;

    @Inject
    JtaTransactions transactions;

    @Inject
    OutboundMailScheduler outboundMail;

    @Inject
    RecoveryRequestSweep recoverySweep;

    @Inject
    AuditRetentionSweep auditRetention;

    @Inject
    ExpiredRowsSweep expiredRows;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrator.migrate();
        // A node whose key file cannot read the database's secrets stops here, before anyone's 2FA login fails.
        new KeyRingCheck(entityManagers, transactions, Clock.systemUTC()).requireReadable(keyRing, settings.keyFile());
        demoData.createAndAnnounce();
        outboundMail.start();
        recoverySweep.start();
        auditRetention.start();
        expiredRows.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        expiredRows.stop();
        auditRetention.stop();
        recoverySweep.stop();
        outboundMail.stop();
    }
}
