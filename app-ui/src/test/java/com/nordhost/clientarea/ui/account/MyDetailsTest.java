package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class MyDetailsTest extends KaribuTest {

    static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void my_details_are_validated_and_saved() {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, null);
        navigate("account");
        _assertOne(MyDetailsForm.class);
        assertThat(field("E-mail address").getValue()).isEqualTo(anna.email().value());

        _setValue(field("E-mail address"), "not an address");
        _setValue(field("Phone"), "call me maybe");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(field("E-mail address").isInvalid()).isTrue();
        assertThat(field("E-mail address").getErrorMessage()).isEqualTo("That is not a valid e-mail address.");
        assertThat(field("Phone").isInvalid()).isTrue();

        _setValue(field("Name"), "Anna Åkesson");
        _setValue(field("E-mail address"), anna.email().value());
        _setValue(field("Phone"), "+46 8 123 456 78");
        _setValue(field("Street address"), "Storgatan 1");
        _setValue(field("Postal code"), "123 45");
        _setValue(field("City"), "Göteborg");
        _setValue(field("Country"), "Sverige");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        expectNotifications("Your details have been saved.");
        CustomerDetails saved = db.inTransaction(() -> db.accounts().findCustomerDetails(anna.id())).orElseThrow();
        assertThat(saved.fullName()).isEqualTo("Anna Åkesson");
        assertThat(saved.city()).isEqualTo("Göteborg");
        assertThat(saved.phone()).isEqualTo("+46 8 123 456 78");

        navigate("");
        navigate("account");
        assertThat(field("City").getValue()).isEqualTo("Göteborg");
    }

    @Test
    void a_refused_field_always_says_why_and_nothing_is_saved() {
        Account bo = newCustomer(PASSWORD);
        logIn(bo, PASSWORD, null);
        navigate("account");

        _setValue(field("Name"), "x".repeat(100_000));
        _setValue(field("Street address"), "Storgatan 1\u0000");
        save();

        assertThat(field("Name").isInvalid()).isTrue();
        assertThat(field("Name").getErrorMessage()).isEqualTo("At most 200 characters.");
        assertThat(field("Street address").isInvalid()).isTrue();
        assertThat(field("Street address").getErrorMessage())
                .isEqualTo("Remove the line breaks and other invisible control characters.");
        assertThat(db.inTransaction(() -> db.accounts().findCustomerDetails(bo.id())).orElseThrow().street())
                .isEqualTo("Storgatan 1");
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withText("Save")));
    }

    private static PasswordField currentPassword() {
        return _get(PasswordField.class, spec -> spec.withLabel("Current password"));
    }

    private static String storedEmail(Account account) {
        return db.inTransaction(() -> db.accounts().findById(account.id())).orElseThrow().email().value();
    }

    @Test
    void a_new_phone_number_needs_no_password_and_is_shown_after_reload() {
        Account bo = newCustomer(PASSWORD);
        logIn(bo, PASSWORD, null);
        navigate("account");
        _assertNone(PasswordField.class);

        _setValue(field("Phone"), "+46 31 700 80 90");
        save();

        expectNotifications("Your details have been saved.");
        navigate("");
        navigate("account");
        assertThat(field("Phone").getValue()).isEqualTo("+46 31 700 80 90");
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(bo.id(), 5)))
                .anyMatch(e -> e.type() == AuditEventType.CUSTOMER_DETAILS_CHANGED);
    }

    @Test
    void a_new_email_address_asks_for_the_password_and_keeps_the_old_one_until_it_is_given() {
        Account cia = newCustomer(PASSWORD);
        logIn(cia, PASSWORD, null);
        navigate("account");

        _setValue(field("E-mail address"), "cia.new@example.com");
        _assertOne(PasswordField.class);
        save();

        expectNotifications("Enter your current password to change your e-mail address.");
        assertThat(currentPassword().isInvalid()).isTrue();
        assertThat(storedEmail(cia)).isEqualTo(cia.email().value());

        _setValue(currentPassword(), "not my password");
        save();
        expectNotifications("That is not the right password. Check it and try again.");
        assertThat(storedEmail(cia)).isEqualTo(cia.email().value());

        // Back to the stored address (any case): no password needed any more.
        _setValue(field("E-mail address"), cia.email().value().toUpperCase());
        _assertNone(PasswordField.class);
    }

    @Test
    void with_the_right_password_the_new_address_is_the_login_and_the_old_one_is_told() {
        Account dan = newCustomer(PASSWORD);
        String old = dan.email().value();
        String fresh = "dan." + dan.id().value() + "@new.example";
        logIn(dan, PASSWORD, null);
        navigate("account");

        _setValue(field("E-mail address"), "  " + fresh.toUpperCase() + " ");
        _setValue(currentPassword(), PASSWORD);
        save();

        expectNotifications("Your details have been saved. From now on, log in with " + fresh + ".");
        assertThat(storedEmail(dan)).isEqualTo(fresh);
        assertThat(field("E-mail address").getValue()).isEqualTo(fresh);
        _assertNone(PasswordField.class);
        assertThat(SignIn.current().orElseThrow().email()).isEqualTo(fresh);
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(dan.id(), 5)))
                .anyMatch(e -> e.type() == AuditEventType.EMAIL_CHANGED
                        && old.equals(e.details().get("oldEmail")) && fresh.equals(e.details().get("newEmail")));
        java.util.List<?> mail = db.inTransaction(() -> db.transactions().current()
                .createNativeQuery("SELECT body FROM outbound_mail WHERE recipient = ?")
                .setParameter(1, old).getResultList());
        assertThat(mail).hasSize(1);
        assertThat(String.valueOf(mail.get(0))).contains(fresh, "did not make this change").doesNotContain(PASSWORD);

        newBrowserSession();
        submitPassword(old, PASSWORD);
        assertThat(SignIn.current()).isEmpty();
        submitPassword(fresh, PASSWORD);
        assertThat(SignIn.current()).isPresent();
        assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, old, PASSWORD, null, BrowserTokens.NONE))
                .isNotInstanceOf(com.nordhost.clientarea.domain.login.LoginOutcome.LoggedIn.class);
    }

    @Test
    void an_address_another_customer_has_is_refused() {
        Account eva = newCustomer(PASSWORD);
        Account other = newCustomer(PASSWORD);
        logIn(eva, PASSWORD, null);
        navigate("account");

        _setValue(field("E-mail address"), other.email().value());
        _setValue(currentPassword(), PASSWORD);
        save();

        expectNotifications("That e-mail address is already used by another account.");
        assertThat(field("E-mail address").isInvalid()).isTrue();
        assertThat(storedEmail(eva)).isEqualTo(eva.email().value());
        assertThat(EmailAddress.of(storedEmail(other))).isEqualTo(other.email());
    }
}
