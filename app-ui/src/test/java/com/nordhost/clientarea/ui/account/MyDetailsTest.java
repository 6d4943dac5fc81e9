package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.ui.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

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
}
