package com.nordhost.clientarea.persistence.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.lifecycle.DeactivationOutcome;
import com.nordhost.clientarea.domain.lifecycle.ErasureOutcome;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.onboarding.NewCustomer;
import com.nordhost.clientarea.domain.onboarding.OnboardingOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryOutcome;
import com.nordhost.clientarea.domain.securitykey.WebAuthnChallenges;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.support.TicketReference;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.domain.totp.TotpGenerator;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.AddAppOutcome;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Erasing a customer over the real schema (decision 0036): a customer with a distinctive marker in every personal
 * field, every kind of authenticator, links, a recovery request, mails and audit events from their own IP address
 * is erased; then every text column of every table is read through JDBC metadata and none may hold a marker or one
 * of the account's secrets. Every column of the schema must be classified below, so a migration that adds one
 * fails this test until someone decides whether it is personal and what the erasure does with it.
 */
class ErasureOverDatabaseTest extends DatabaseTest {

    /** What a column holds, for an erased customer. */
    enum Kind {
        /** Personal data: the erasure empties or deletes it for the account. */
        PERSONAL,
        /** A secret or hash of the account (password, codes, tokens, keys): deleted with its row. */
        SECRET,
        /** Kept, rewritten to name the pseudonym (audit trail) or keyed so nobody can reverse it (throttles). */
        PSEUDONYMISED,
        /** Ids, times, counts, states, flags, staff's data: no personal data of a customer. */
        NOT_PERSONAL
    }

    /** Every column of the schema. A new table or column must be added here with a decision. */
    static final Map<String, Kind> CLASSIFICATION = classification();

    private static Map<String, Kind> classification() {
        Map<String, Kind> c = new TreeMap<>();
        put(c, Kind.NOT_PERSONAL, "account", "id", "role", "realm", "active", "created_at", "version",
                "password_failures", "password_next_attempt_at", "trusted_password_failures",
                "trusted_password_next_attempt_at", "session_epoch", "erased_at");
        put(c, Kind.PERSONAL, "account", "email", "email_normalized", "full_name", "name_normalized", "language");
        put(c, Kind.SECRET, "account", "password_hash");
        put(c, Kind.NOT_PERSONAL, "customer_details", "account_id", "customer_number");
        put(c, Kind.PERSONAL, "customer_details", "phone", "street", "postal_code", "city", "country",
                "external_id");
        // The word starts of the name for the back-office search (V18): rewritten with the name.
        put(c, Kind.NOT_PERSONAL, "account_name_tail", "account_id", "word_no");
        put(c, Kind.PERSONAL, "account_name_tail", "tail");
        // The provisioning API's tokens (V15): an admin's name for a billing system, who made it; no customer's data.
        put(c, Kind.NOT_PERSONAL, "api_token", "id", "name", "created_at", "created_by", "last_used_at", "revoked_at");
        put(c, Kind.SECRET, "api_token", "token_hash");
        // "This wasn't me" (V20): the links' hashes and the address they went to as a hash; the flag's dates.
        put(c, Kind.NOT_PERSONAL, "protect_link", "account_id", "created_at", "expires_at", "used_at");
        put(c, Kind.SECRET, "protect_link", "token_hash", "sent_to_hash");
        put(c, Kind.NOT_PERSONAL, "owner_flag", "account_id", "raised_at", "last_raised_at", "presses");
        // Required 2FA (V22, decision 0046): dates and support's ticket; the agent's reason is in the audit trail.
        put(c, Kind.NOT_PERSONAL, "two_factor_requirement", "account_id", "setting_reached_at", "support_required_at",
                "support_ticket", "ended_while_required_at");
        // Sign-ins (V17): deleted with every session-epoch change, so also by the erasure.
        put(c, Kind.NOT_PERSONAL, "sign_in", "id", "account_id", "realm", "session_epoch", "second_factor",
                "created_at", "last_seen_at");
        put(c, Kind.PERSONAL, "sign_in", "browser", "ip");
        put(c, Kind.SECRET, "sign_in", "secret_hash");
        put(c, Kind.NOT_PERSONAL, "two_factor_credential", "account_id", "status", "algorithm", "digits",
                "period_seconds", "pending_expires_at", "enabled_at", "failed_attempts", "next_attempt_at", "locked");
        put(c, Kind.SECRET, "two_factor_credential", "secret_key_id", "secret_ciphertext", "backup_code_hash");
        put(c, Kind.NOT_PERSONAL, "authenticator_app", "id", "account_id", "algorithm", "digits", "period_seconds",
                "last_accepted_step", "added_at", "last_used_at");
        put(c, Kind.PERSONAL, "authenticator_app", "name");
        put(c, Kind.SECRET, "authenticator_app", "secret_key_id", "secret_ciphertext");
        put(c, Kind.NOT_PERSONAL, "audit_event", "id", "occurred_at", "event_type", "account_id");
        put(c, Kind.PSEUDONYMISED, "audit_event", "actor", "source_ip", "user_agent", "details");
        put(c, Kind.NOT_PERSONAL, "outbound_mail", "id", "created_at", "sent_at", "attempts", "next_attempt_at",
                "claimed_until", "given_up_at", "reply_to", "last_error");
        put(c, Kind.PERSONAL, "outbound_mail", "recipient", "subject", "body");
        put(c, Kind.PSEUDONYMISED, "unknown_address_throttle", "address_hash");
        put(c, Kind.NOT_PERSONAL, "unknown_address_throttle", "failures", "next_attempt_at", "last_failure_at");
        put(c, Kind.NOT_PERSONAL, "password_reset", "id", "account_id", "requested_at", "expires_at", "used_at",
                "purpose");
        put(c, Kind.SECRET, "password_reset", "token_hash");
        put(c, Kind.PERSONAL, "password_reset", "source_ip");
        put(c, Kind.NOT_PERSONAL, "key_check", "id", "key_id", "ciphertext", "created_at");
        put(c, Kind.NOT_PERSONAL, "recovery_request", "id", "account_id", "open_account_id", "status",
                "password_given", "requested_at", "confirm_expires_at", "confirmed_at", "decided_by", "decided_at",
                "ticket", "effective_at", "closed_at");
        put(c, Kind.PERSONAL, "recovery_request", "verified_email", "request_ip", "confirm_ip", "reject_reason");
        put(c, Kind.SECRET, "recovery_request", "confirm_token_hash", "cancel_token_hash");
        put(c, Kind.NOT_PERSONAL, "remembered_browser", "id", "account_id", "session_epoch", "remembered_at",
                "last_used_at", "expires_at");
        put(c, Kind.PERSONAL, "remembered_browser", "browser", "ip");
        put(c, Kind.SECRET, "remembered_browser", "secret_hash");
        put(c, Kind.NOT_PERSONAL, "security_key", "id", "account_id", "sign_count", "added_at", "last_used_at",
                "signs_in_alone");
        put(c, Kind.PERSONAL, "security_key", "name");
        put(c, Kind.SECRET, "security_key", "credential_id", "credential_data");
        put(c, Kind.NOT_PERSONAL, "webauthn_challenge", "id", "account_id", "purpose", "issued_at", "expires_at");
        put(c, Kind.SECRET, "webauthn_challenge", "challenge_hash");
        put(c, Kind.NOT_PERSONAL, "flyway_schema_history", "installed_rank", "version", "description", "type",
                "script", "checksum", "installed_by", "installed_on", "execution_time", "success");
        return c;
    }

    private static void put(Map<String, Kind> c, Kind kind, String table, String... columns) {
        for (String column : columns) {
            c.put(table + "." + column, kind);
        }
    }

    private static final String MARK = "quixmarker";
    private static final String FIRST_EMAIL = "first.quixmarker@example.com";
    private static final String EMAIL = "now.quixmarker@example.com";
    private static final String NAME = "Zebulon Quixmarker";
    private static final String PHONE = "+46 70 555 01 99";
    private static final String PASSWORD = "Ünïcødé quixmarker pässwörd 🔑";
    private static final String IP = "198.51.100.213";
    private static final RequestOrigin THEIR_BROWSER = new RequestOrigin(IP,
            "Mozilla/5.0 (X11; Linux x86_64) QuixAgent/9.9 Firefox/140.0");
    private static final RequestOrigin AGENT = new RequestOrigin("192.0.2.55", "Agent browser");
    private static final TotpGenerator TOTP = new TotpGenerator(TotpParameters.DEFAULT);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:10Z"));
    private DomainServices services;
    private Account support;
    private Account admin;

    @BeforeAll
    void staff() {
        services = db.services(clock);
        support = db.createStaff(Role.SUPPORT, uniqueEmail("sam"), "Sam Support", "agent-password-1");
        admin = db.createStaff(Role.ADMIN, uniqueEmail("ada"), "Ada Admin", "admin-password-1");
    }

    @Test
    void every_column_of_every_table_is_classified() throws SQLException {
        assertThat(columns().keySet()).as("columns of the schema; classify a new one in CLASSIFICATION")
                .containsExactlyInAnyOrderElementsOf(CLASSIFICATION.keySet());
    }

    @Test
    void erasure_leaves_no_marker_and_no_secret_of_the_customer_in_any_table() throws Exception {
        Account customer = markedCustomer();
        String number = tx(() -> db.accounts().findCustomerDetails(customer.id())).orElseThrow().customerNumber();
        List<String> secrets = secretsOf(customer.id());
        assertThat(secrets).as("the fixture gave the account secrets to look for").hasSizeGreaterThanOrEqualTo(4);
        assertThat(hits(List.of(MARK, IP, PHONE))).as("the markers are there before").isNotEmpty();

        ErasureOutcome outcome = services.customerErasure().erase(admin.id(), customer.id(),
                TicketReference.of("GDPR-4711"), number, AGENT);

        assertThat(outcome).isInstanceOf(ErasureOutcome.Erased.class);
        assertThat(hits(List.of(MARK, IP, PHONE, "Zebulon", "Quixgatan", "Quixby", "Quixland", "QuixAgent")))
                .as("markers left in text columns").isEmpty();
        assertThat(hits(secrets)).as("secrets and hashes left").isEmpty();
        assertThat(rowsOf("authenticator_app", customer.id())).isZero();
        assertThat(rowsOf("two_factor_credential", customer.id())).isZero();
        assertThat(rowsOf("security_key", customer.id())).isZero();
        assertThat(rowsOf("webauthn_challenge", customer.id())).isZero();
        assertThat(rowsOf("remembered_browser", customer.id())).isZero();
        assertThat(rowsOf("password_reset", customer.id())).isZero();
        assertThat(rowsOf("recovery_request", customer.id())).isZero();

        String pseudonym = ((ErasureOutcome.Erased) outcome).pseudonym();
        List<AuditEvent> trail = tx(() -> db.auditLog().findBySubject(customer.id(), 100));
        assertThat(trail).extracting(AuditEvent::type).contains(AuditEventType.EMAIL_CHANGED,
                AuditEventType.AUTHENTICATOR_APP_ADDED, AuditEventType.CUSTOMER_DEACTIVATED,
                AuditEventType.CUSTOMER_ERASED);
        assertThat(trail).filteredOn(e -> e.type() == AuditEventType.EMAIL_CHANGED).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(pseudonym));
        assertThat(trail).filteredOn(e -> e.type() == AuditEventType.CUSTOMER_DEACTIVATED).singleElement()
                .satisfies(e -> {
                    assertThat(e.sourceIp()).as("the agent's own address stays").isEqualTo("192.0.2.55");
                    assertThat(e.details().get("reason")).isEqualTo(pseudonym + " called, asks to leave");
                });
        assertThat(tx(() -> db.accounts().findCustomerDetails(customer.id()))).hasValueSatisfying(
                d -> assertThat(d.customerNumber()).isEqualTo(number));

        // The address is free at once, in another case too; the number is not.
        assertThat(services.customerOnboarding().create(support.id(), new NewCustomer("New Person",
                EMAIL.toUpperCase(Locale.ROOT), "", "", "", "", ""), Language.ENGLISH, AGENT))
                .isInstanceOf(OnboardingOutcome.Created.class);
        assertThat(services.customerErasure().erase(admin.id(), customer.id(), TicketReference.of("GDPR-4711"),
                number, AGENT)).isEqualTo(new ErasureOutcome.AlreadyErased());
    }

    /** A customer with a marker in every personal field and a row in every table that can hold one. */
    private Account markedCustomer() {
        Account customer = db.createCustomer(FIRST_EMAIL, NAME, PASSWORD);
        AccountId id = customer.id();
        String number = tx(() -> db.accounts().findCustomerDetails(id)).orElseThrow().customerNumber();
        tx(() -> {
            db.accounts().changeLanguage(id, Language.SWEDISH);
            return null;
        });
        assertThat(services.customerDetailsChange().change(id, new CustomerDetails(number, NAME,
                EmailAddress.of(EMAIL), PHONE, "Quixgatan 12", "Q-98765", "Quixby", "Quixland"), PASSWORD,
                THEIR_BROWSER)).isInstanceOf(CustomerDetailsOutcome.Saved.class);
        // The billing system's id of the customer (SCIM externalId).
        tx(() -> {
            db.ports().provisionedCustomers().setExternalId(id, "whmcs-quixmarker-" + id.value());
            return null;
        });
        // Every kind of authenticator.
        PendingEnrollment pending = services.enrollment().start(id, THEIR_BROWSER);
        assertThat(services.enrollment().confirm(id, TOTP.codeAt(pending.secret(), clock.instant()), THEIR_BROWSER))
                .isInstanceOf(EnrollmentOutcome.Activated.class);
        clock.advance(Duration.ofSeconds(30));
        PendingEnrollment phone = services.authenticatorApps().startAdding(id, PASSWORD, THEIR_BROWSER).granted()
                .orElseThrow();
        assertThat(services.authenticatorApps().confirmAdding(id, "Quixmarker phone", TOTP.codeAt(phone.secret(),
                clock.instant()), THEIR_BROWSER)).isInstanceOf(AddAppOutcome.Added.class);
        tx(() -> {
            db.ports().securityKeys().add(id, "quixcredential-" + id.value(), "quixdata", 1, "Quixmarker YubiKey",
                    clock.instant());
            db.ports().webAuthnChallenges().issue(id, WebAuthnChallenges.Purpose.values()[0],
                    "c".repeat(63) + (id.value() % 10), clock.instant(), clock.instant().plusSeconds(300));
            db.ports().rememberedBrowsers().add(id, "b".repeat(63) + (id.value() % 10), 0, "QuixAgent on Linux", IP,
                    clock.instant(), clock.instant().plus(Duration.ofDays(30)));
            return null;
        });
        // Links, a recovery request, a failed login, mails (one of them sent), an agent's words about the person.
        services.passwordReset().request(EMAIL, THEIR_BROWSER);
        assertThat(services.recoveryRequestFlow().requestAfterPassword(id, THEIR_BROWSER))
                .isEqualTo(new RecoveryOutcome.Requested());
        services.passwordLogin().logIn(Realm.CUSTOMER, EMAIL, "not the quixmarker password", THEIR_BROWSER,
                BrowserTokens.NONE);
        assertThat(services.customerDeactivation().deactivate(support.id(), id, TicketReference.of("NH-1"),
                NAME + " called, asks to leave", AGENT)).isEqualTo(new DeactivationOutcome.Deactivated());
        tx(() -> db.transactions().current().createNativeQuery(
                        "UPDATE outbound_mail SET sent_at = ?1 WHERE recipient = ?2")
                .setParameter(1, java.time.OffsetDateTime.now())
                .setParameter(2, FIRST_EMAIL)
                .executeUpdate());
        return customer;
    }

    /** The account's secrets as stored: password hash, backup code hash, token and browser hashes, key ids. */
    private List<String> secretsOf(AccountId id) throws SQLException {
        List<String> secrets = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            for (String sql : List.of("SELECT password_hash FROM account WHERE id = ?",
                    "SELECT backup_code_hash FROM two_factor_credential WHERE account_id = ?",
                    "SELECT token_hash FROM password_reset WHERE account_id = ?",
                    "SELECT confirm_token_hash FROM recovery_request WHERE account_id = ?",
                    "SELECT secret_hash FROM remembered_browser WHERE account_id = ?",
                    "SELECT challenge_hash FROM webauthn_challenge WHERE account_id = ?",
                    "SELECT credential_id FROM security_key WHERE account_id = ?")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, id.value());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            if (rs.getString(1) != null) {
                                secrets.add(rs.getString(1));
                            }
                        }
                    }
                }
            }
        }
        return secrets;
    }

    private long rowsOf(String table, AccountId id) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE account_id = ?")) {
            s.setLong(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A column as the database names it, and its JDBC type. */
    private record Column(String table, String name, int type) {
        String select() {
            return "SELECT \"" + name + "\" FROM \"" + table + "\" WHERE \"" + name + "\" IS NOT NULL";
        }
    }

    /** Every table.column of the application's schema, lower-case, with the column as the database names it. */
    private Map<String, Column> columns() throws SQLException {
        Map<String, Column> columns = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            Set<String> tables = new TreeSet<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                    while (rs.next()) {
                        String name = rs.getString("COLUMN_NAME");
                        columns.put(table.toLowerCase(Locale.ROOT) + "." + name.toLowerCase(Locale.ROOT),
                                new Column(table, name, rs.getInt("DATA_TYPE")));
                    }
                }
            }
        }
        return columns;
    }

    private static boolean isText(int jdbcType) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                 Types.LONGNVARCHAR, Types.NCLOB, Types.OTHER -> true;
            default -> false;
        };
    }

    /** Where any of {@code needles} appears (case-insensitive) in any text column of any table: table.column. */
    private List<String> hits(List<String> needles) throws SQLException {
        List<String> hits = new ArrayList<>();
        Map<String, Column> columns = columns();
        assertThat(columns.values().stream().filter(col -> isText(col.type())).count())
                .as("text columns found").isGreaterThan(30);
        try (Connection c = db.dataSource().getConnection()) {
            for (Map.Entry<String, Column> column : columns.entrySet()) {
                if (!isText(column.getValue().type())) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement(column.getValue().select());
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String value = rs.getString(1).toLowerCase(Locale.ROOT);
                        for (String needle : needles) {
                            if (value.contains(needle.toLowerCase(Locale.ROOT))) {
                                hits.add(column.getKey() + " holds " + needle);
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }
}
