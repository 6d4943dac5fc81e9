package com.nordhost.clientarea.persistence.config;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRegistration;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.persistence.jpa.JtaTransactions;
import com.nordhost.clientarea.persistence.account.JpaAccountRepository;
import com.nordhost.clientarea.persistence.jpa.ContainerEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On the first start ({@link ApplicationStartup}) on the embedded database, with no account in it, creates a
 * demo customer and two demo staff members (ADMIN and SUPPORT) and writes, once, how to sign in to
 * {@value #ACCOUNTS_FILE} in the data folder ({@code bin/run} prints it when the server is up). The passwords
 * are fixed and documented in the README; change or delete these accounts before real use. A database named
 * by {@code clientarea.db.url} (production) gets them only with {@code clientarea.demo.data=true}.
 *
 * <p>Both WARs run this at start; the second finds accounts and does nothing. Should both run at
 * the same moment, the unique e-mail constraint lets one of them win and the other gives up quietly.
 */
@ApplicationScoped
public class DemoData {

    public static final String CUSTOMER_EMAIL = "demo@example.com";
    public static final String CUSTOMER_PASSWORD = "demo-password-1";
    public static final String CUSTOMER_NAME = "Dana Demo";
    public static final String CUSTOMER_NUMBER = "C100001";
    public static final String ADMIN_EMAIL = "agent@example.com";
    public static final String ADMIN_PASSWORD = "agent-password-1";
    public static final String ADMIN_NAME = "Alex Agent";
    public static final String SUPPORT_EMAIL = "support@example.com";
    public static final String SUPPORT_PASSWORD = "support-password-1";
    public static final String SUPPORT_NAME = "Sam Support";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    AccountRegistration registration;

    @Inject
    ContainerEntityManagers entityManagers;

    @Inject
    JtaTransactions transactions;

    @Inject
    ClientAreaSettings settings;

    /** Called by {@link ApplicationStartup} after the migrations; never fails the start. */
    public void createAndAnnounce() {
        if (!settings.demoData()) {
            return;
        }
        try {
            List<String> created = createIfEmpty(new JpaAccountRepository(entityManagers), registration, transactions);
            if (!created.isEmpty()) {
                announce(created, settings.dataDir());
            }
        } catch (RuntimeException e) {
            // Most likely the other application created them at the same moment.
            LOG.log(Level.INFO, "Demo accounts not created here: " + e);
        }
    }

    /** Name of the file, in the data folder, that tells {@code bin/run} which demo accounts this start created. */
    public static final String ACCOUNTS_FILE = "demo-accounts.txt";

    /**
     * Writes the sign-in lines to {@value #ACCOUNTS_FILE} (owner-only), which {@code bin/run} prints once the
     * server is up, and logs one line; when the file cannot be written, logs the lines themselves.
     */
    static void announce(List<String> lines, Path dataDir) {
        Path file = dataDir.resolve(ACCOUNTS_FILE);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, lines);
            LOG.info(() -> "Demo accounts created (change or remove them before real use); how to sign in: " + file);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info(() -> String.join("\n", lines));
        }
    }

    /**
     * Creates the demo accounts if there are no accounts at all.
     *
     * @return the lines that tell how to sign in (with the demo passwords), or none when nothing was created
     */
    public static List<String> createIfEmpty(AccountRepository accounts, AccountRegistration registration,
                                             Transactions transactions) {
        return transactions.inTransaction(() -> {
            if (accounts.count() > 0) {
                return List.of();
            }
            Account customer = registration.register(Role.CUSTOMER,
                    EmailAddress.of(CUSTOMER_EMAIL), CUSTOMER_NAME, CUSTOMER_PASSWORD);
            accounts.saveCustomerDetails(customer.id(), new CustomerDetails(CUSTOMER_NUMBER,
                    CUSTOMER_NAME, customer.email(), "+46 8 555 010 00", "Exempelgatan 1", "111 22", "Stockholm",
                    "Sweden"));
            registration.register(Role.ADMIN, EmailAddress.of(ADMIN_EMAIL), ADMIN_NAME,
                    ADMIN_PASSWORD);
            registration.register(Role.SUPPORT, EmailAddress.of(SUPPORT_EMAIL), SUPPORT_NAME,
                    SUPPORT_PASSWORD);
            List<String> lines = new ArrayList<>();
            lines.add("Demo accounts created (change or remove them before real use):");
            lines.add("Demo customer: " + CUSTOMER_EMAIL + " / " + CUSTOMER_PASSWORD + " (client area)");
            lines.add("Demo support agent (ADMIN): " + ADMIN_EMAIL + " / " + ADMIN_PASSWORD + " (back-office)");
            lines.add("Demo support agent (SUPPORT): " + SUPPORT_EMAIL + " / " + SUPPORT_PASSWORD + " (back-office)");
            return lines;
        });
    }
}
