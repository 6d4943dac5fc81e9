package com.nordhost.clientarea.persistence.importing;

import static com.nordhost.clientarea.persistence.testing.OutboundMailRows.outboundMailTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.importing.CustomerCsv;
import com.nordhost.clientarea.domain.importing.ImportActor;
import com.nordhost.clientarea.domain.importing.ImportRow;
import com.nordhost.clientarea.domain.importing.ImportSummary;
import com.nordhost.clientarea.domain.importing.RowOutcome;
import com.nordhost.clientarea.domain.importing.RowProblem;
import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import com.nordhost.clientarea.domain.DomainPorts;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The import over the real repositories and schema (decision 0033): rehash on login for each format with known
 * vectors, idempotence, and a refused row leaving nothing behind. On PostgreSQL through the subclass.
 */
class ImportOverDatabaseTest extends DatabaseTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("127.0.0.1", "bin/import-customers");
    private static final String HEADER = "email,full_name,city,customer_number,language,password_hash\n";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private DomainServices services;

    @BeforeAll
    void services() {
        services = db.services(clock);
    }

    private ImportSummary run(String csv) throws Exception {
        try (CustomerCsv file = CustomerCsv.open(new StringReader(csv))) {
            return services.customerImport().importAll(ImportActor.IMPORT_TOOL, file, ORIGIN, null);
        }
    }

    private Account account(String email) {
        return tx(() -> db.accounts().findByEmail(Realm.CUSTOMER, EmailAddress.of(email))).orElseThrow();
    }

    private LoginOutcome logIn(String email, String password) {
        return services.passwordLogin().logIn(Realm.CUSTOMER, email, password, ORIGIN, BrowserTokens.NONE);
    }

    /** Each format's known vector (ForeignPasswordHashTest names the sources) signs in once, then as Argon2id. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bcrypt $2y$ (PHP manual) | rasmuslerdorf | $2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a
            bcrypt $2a$ (jBCrypt) | abc | $2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i
            bcrypt $2b$ | abc | $2b$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i
            passlib pbkdf2-sha256 | password | $pbkdf2-sha256$6400$0ZrzXitFSGltTQnBWOsdAw$Y11AchqV4b0sUisdZd0Xr97KWoymNE0LNNrnEgY4H9M
            passlib pbkdf2 (SHA-1) | Lösenord-ÅÄÖ € | $pbkdf2$131000$obLD1OX2BxgpOktcbX6PkA$WVXfTFJussK.7DQVpcWgDXAtMl4
            passlib pbkdf2-sha512 | Lösenord-ÅÄÖ € | $pbkdf2-sha512$25000$obLD1OX2BxgpOktcbX6PkA$qxO2c/sgnhRIBB7TgdL1XhEL.DtbCng34WWDx31J5K9Y9x3bB6A1eHwttzwjfWg6ErHp.igSAVxEMU.sLbwIPw
            Django pbkdf2_sha256 | correct horse | pbkdf2_sha256$260000$Qw7Vj3sXx5ZL$ldYNPpepbhBVlJOl54U782H5Kq1RSgoaJOybRk8xI+Y=
            argon2id m=65536 (argon2-cffi) | correct horse battery staple | $argon2id$v=19$m=65536,t=3,p=4$MIIRqgvgQbgj220jfp0MPA$YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg
            """)
    void an_imported_hash_signs_in_with_the_old_password_and_is_stored_as_argon2id(String format, String password,
                                                                                  String hash) throws Exception {
        String email = uniqueEmail("imported");
        // Quoted as any CSV writer does: Argon2id's parameters have commas.
        assertThat(run(HEADER + email + ",Ida Import,Lund,,sv,\"" + hash + "\"\n").imported()).isEqualTo(1);
        assertThat(account(email).passwordHash()).isEqualTo(hash);
        assertThat(outboundMailTo(db, email)).as("no invitation for a row with a hash").isEmpty();

        assertThat(logIn(email, password + "!")).isEqualTo(new LoginOutcome.Refused(LoginOutcome.Reason.BAD_CREDENTIALS));
        assertThat(account(email).passwordHash()).as("a wrong password changes nothing").isEqualTo(hash);

        assertThat(logIn(email, password)).isInstanceOf(LoginOutcome.LoggedIn.class);
        String stored = account(email).passwordHash();
        assertThat(stored).startsWith("$argon2id$");
        if (!hash.startsWith("$argon2id$")) {
            assertThat(stored).isNotEqualTo(hash);
            assertThat(tx(() -> db.auditLog().findBySubject(account(email).id(), 20))).extracting(e -> e.type())
                    .contains(AuditEventType.CUSTOMER_IMPORTED, AuditEventType.IMPORTED_PASSWORD_REPLACED);
        }
        assertThat(logIn(email, password)).as("the old password still works").isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThat(logIn(email, password + "!")).isInstanceOf(LoginOutcome.Refused.class);
    }

    @Test
    void a_rerun_changes_nothing_and_an_invited_row_gets_one_mail_in_its_language() throws Exception {
        String bo = uniqueEmail("bo");
        String cia = uniqueEmail("cia");
        String number = "WH-" + bo.hashCode();
        String csv = HEADER + bo + ",Bo Ek,Lund," + number + ",sv,"
                + "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a\n"
                + cia + ",Cia Ek,Umeå,,sv,\n";
        ImportSummary first = run(csv);
        assertThat(first).isEqualTo(new ImportSummary(2, 2, 1, 0, List.of(), 0));
        assertThat(tx(() -> db.accounts().findCustomerDetails(account(bo).id())).orElseThrow().customerNumber())
                .isEqualTo(number);
        assertThat(tx(() -> db.accounts().findLanguage(account(cia).id()))).contains(Language.SWEDISH);
        assertThat(outboundMailTo(db, cia)).singleElement()
                .satisfies(m -> assertThat(m.get("subject")).startsWith("Välkommen"));
        long accounts = tx(() -> db.accounts().count());

        ImportSummary again = run(csv);
        assertThat(again).isEqualTo(new ImportSummary(2, 0, 0, 2, List.of(), 0));
        assertThat(tx(() -> db.accounts().count())).isEqualTo(accounts);
        assertThat(outboundMailTo(db, cia)).hasSize(1);
    }

    /**
     * All or nothing per row: a row the database fails half-way (after its account and details are written) leaves
     * nothing behind, neither account nor audit event nor mail, the rows after it are imported, and a re-run
     * resumes: what is in is unchanged, the failed row goes in.
     */
    @Test
    void a_row_that_fails_half_way_leaves_nothing_and_a_rerun_resumes() throws Exception {
        String first = uniqueEmail("first");
        String failing = uniqueEmail("failing");
        String last = uniqueEmail("last");
        String csv = HEADER + first + ",First Row,,,,\n" + failing + ",Failing Row,,,sv,\n" + last + ",Last Row,,,,\n";
        DomainServices failingOnce = servicesWhoseLanguageChangeFailsFor(failing);
        ImportSummary summary;
        try (CustomerCsv file = CustomerCsv.open(new StringReader(csv))) {
            summary = failingOnce.customerImport().importAll(ImportActor.IMPORT_TOOL, file, ORIGIN, null);
        }
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.problems()).containsExactly(new RowProblem(3, RowProblem.Reason.NOT_STORED));
        assertThat(tx(() -> db.accounts().findByEmail(Realm.CUSTOMER, EmailAddress.of(failing)))).isEmpty();
        assertThat(outboundMailTo(db, failing)).isEmpty();
        assertThat(tx(() -> db.auditLog().findRecent(50))).noneMatch(e -> failing.equals(e.actor())
                || e.details().values().stream().anyMatch(v -> v.contains("failing")));

        ImportSummary resumed = run(csv);
        assertThat(resumed).isEqualTo(new ImportSummary(3, 1, 1, 2, List.of(), 0));
        assertThat(account(failing).fullName()).isEqualTo("Failing Row");
        assertThat(outboundMailTo(db, failing)).hasSize(1);
    }

    /** The domain over this database, except that storing the language of {@code email}'s account fails. */
    private DomainServices servicesWhoseLanguageChangeFailsFor(String email) throws Exception {
        AccountRepository real = db.accounts();
        AccountRepository failing = (AccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AccountRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("changeLanguage")
                            && real.findById((AccountId) args[0]).map(a -> a.email().value()).orElse("").equals(email)) {
                        throw new IllegalStateException("the disk is full (test)");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DomainPorts ports = db.ports();
        RecordComponent[] components = DomainPorts.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == AccountRepository.class ? failing : components[i].getAccessor().invoke(ports);
        }
        DomainPorts withFailure = DomainPorts.class.getDeclaredConstructor(types).newInstance(values);
        return DomainServices.create(withFailure, clock, db.keyRing(), TestDatabase.testSettings());
    }
}
