package com.nordhost.clientarea.admin.customers;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.customers.CustomerSummary;
import com.nordhost.clientarea.domain.protect.SecuringOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

/** Support's side of "This wasn't me" (decision 0042): the banner, the search filter and closing the flag. */
class OwnerFlagTest extends KaribuTest {

    private static final Pattern PROTECT = Pattern.compile("this-wasnt-me\\?token=([A-Za-z0-9_-]{43})");
    private static final String CLOSED_MAIL = "Our support has looked at your account";

    private Agent agent;

    @BeforeEach
    void logInAsSupport() {
        agent = newAgent(Role.SUPPORT);
        logIn(agent);
    }

    /** A customer who got a notice and pressed its "This wasn't me" button. */
    private static Account flaggedCustomer(String fullName) {
        int n = next();
        Account customer = db.createCustomer("owner" + n + "@example.com", fullName + n, PASSWORD);
        enableTwoFactor(customer);
        List<Map<String, String>> mails = OutboundMailRows.outboundMailTo(db, customer.email().value(),
                "Two-factor authentication was turned on");
        Matcher m = PROTECT.matcher(mails.get(0).get("body"));
        assertThat(m.find()).isTrue();
        assertThat(services.accountSecuring().secure(m.group(1), new RequestOrigin("198.51.100.4", "Firefox/140")))
                .isInstanceOf(SecuringOutcome.Secured.class);
        return customer;
    }

    private static String banner() {
        return _get(Paragraph.class, spec -> spec.withId("owner-flag-text")).getText();
    }

    @Test
    void the_banner_says_when_the_owner_pressed_it_and_closing_needs_a_note_and_tells_the_customer() {
        Account customer = flaggedCustomer("Frida Flagged");
        Account other = newCustomer();

        navigate("customers/" + other.id().value());
        _assertNone(OwnerFlagBanner.class); // no flag, no banner

        navigate("customers/" + customer.id().value());
        assertThat(banner()).startsWith("The owner pressed \"This wasn't me\" in a security notice at "
                + Formats.time(clock.instant()) + ". Every sign-in ended");

        _click(_get(Button.class, spec -> spec.withId("owner-flag-close").withText("Close the flag")));
        assertThat(_get(TextArea.class, spec -> spec.withId("owner-flag-note")).getErrorMessage())
                .isEqualTo("Write what you checked and did before closing the flag.");
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(), CLOSED_MAIL)).isEmpty();

        _setValue(_get(TextArea.class, spec -> spec.withId("owner-flag-note")),
                "Address and apps unchanged; phoned the owner, new password set.");
        _click(_get(Button.class, spec -> spec.withId("owner-flag-close")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("owner-flag-result")).getText())
                .isEqualTo("Flag closed. The customer was told by e-mail.");
        _assertNone(Button.class, spec -> spec.withId("owner-flag-close"));
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(), CLOSED_MAIL)).hasSize(1);
        AuditEvent closed = db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 50)).stream()
                .filter(e -> e.type() == AuditEventType.OWNER_FLAG_CLOSED).findFirst().orElseThrow();
        assertThat(closed.actor()).isEqualTo(agent.account().email().value());
        assertThat(closed.details()).containsEntry("note",
                "Address and apps unchanged; phoned the owner, new password set.");

        navigate("customers/" + customer.id().value());
        _assertNone(OwnerFlagBanner.class); // closed: the banner is gone
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_search_filter_lists_only_flagged_accounts_and_the_text_narrows_it() {
        Account flagged = flaggedCustomer("Greta Gustavsson-Flagg");
        Account notFlagged = db.createCustomer("greta" + next() + "@example.com", "Greta Gustavsson-Flagg", PASSWORD);

        navigate("customers");
        _setValue(_get(TextField.class, spec -> spec.withId("customer-search-text")), "gustavsson");
        _click(_get(Button.class, spec -> spec.withId("customer-search-submit")));
        Grid<CustomerSummary> grid = _get(Grid.class, spec -> spec.withId("customer-grid"));
        assertThat(GridKt._fetch(grid, 0, 100)).extracting(CustomerSummary::id)
                .contains(flagged.id(), notFlagged.id());

        Checkbox onlyFlagged = _get(Checkbox.class, spec -> spec.withId("customer-search-only-flagged"));
        assertThat(onlyFlagged.getLabel()).isEqualTo("Only accounts flagged by their owner");
        _setValue(onlyFlagged, true);
        assertThat(GridKt._fetch(grid, 0, 100)).extracting(CustomerSummary::id)
                .contains(flagged.id()).doesNotContain(notFlagged.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("customer-search-flagged-count")).getText())
                .matches("\\d+ accounts? flagged by (its|their) owner, oldest flag first\\. Open (one|it) to see and close its flag\\.");

        _setValue(_get(TextField.class, spec -> spec.withId("customer-search-text")), "flagg");
        _click(_get(Button.class, spec -> spec.withId("customer-search-submit")));
        assertThat(GridKt._fetch(grid, 0, 100)).extracting(CustomerSummary::id).contains(flagged.id());
        _setValue(_get(TextField.class, spec -> spec.withId("customer-search-text")), "nobody-by-this-name");
        _click(_get(Button.class, spec -> spec.withId("customer-search-submit")));
        assertThat(GridKt._fetch(grid, 0, 100)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("customer-search-flagged-count")).getText())
                .isEqualTo("No account flagged by its owner matches this search.");

        _setValue(_get(TextField.class, spec -> spec.withId("customer-search-text")), "");
        _click(_get(Button.class, spec -> spec.withId("customer-search-submit")));
        assertThat(GridKt._fetch(grid, 0, 100)).as("blank text: every flagged account")
                .extracting(CustomerSummary::id).contains(flagged.id());
    }
}
