package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.testing.OutboundMailRows;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

/** Support sees what the customer sees (issue 22): apps, keys, remembered browsers, a recovery request. */
class WhatTheCustomerHasTest extends KaribuTest {

    @BeforeEach
    void logInAsSupport() {
        logIn(newAgent(Role.SUPPORT));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void the_customers_app_browsers_and_recovery_state_are_shown_and_support_forgets_the_browsers_with_a_reason() {
        Account customer = newCustomer();
        enableTwoFactor(customer);
        db.inTransaction(() -> db.ports().rememberedBrowsers().add(customer.id(), "a".repeat(64), 0,
                "Firefox on Linux", "198.51.100.23", clock.instant(), clock.instant().plus(Duration.ofDays(30))));
        services.recoveryRequestFlow().requestAfterPassword(customer.id(), new RequestOrigin("198.51.100.7", "x"));

        navigate("customers/" + customer.id().value());

        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "Authenticator app (set up first): added " + Formats.time(clock.instant().minusSeconds(31))
                        + ", last used never")).getId()).isPresent();
        assertThat(text("has-keys-none")).isEqualTo("None.");
        assertThat(text("has-recovery")).startsWith("Asked ").endsWith("waiting for the customer to confirm with the"
                + " mailed link.");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Firefox on Linux, 198.51.100.23: remembered "
                + Formats.time(clock.instant()) + ", last used never"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("has-forget-all")));
        assertThat(_get(TextArea.class, spec -> spec.withId("has-forget-reason")).isInvalid()).as("no reason")
                .isTrue();
        _setValue(_get(TextArea.class, spec -> spec.withId("has-forget-reason")), "Customer lost a laptop");
        _click(_get(Button.class, spec -> spec.withId("has-forget-all")));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(text("action-result")).isEqualTo("Done: 1 remembered browser forgotten; the customer was told.");
        assertThat(text("has-browsers-none")).isEqualTo("None.");
        assertThat(OutboundMailRows.outboundMailTo(db, customer.email().value(),
                "Your remembered browsers were forgotten")).hasSize(1).allSatisfy(mail ->
                assertThat(mail.get("body")).doesNotContain("198.51.100"));
        AuditEvent forgotten = db.inTransaction(() -> db.auditLog().findBySubject(customer.id(), 20)).stream()
                .filter(e -> e.type() == AuditEventType.REMEMBERED_BROWSERS_FORGOTTEN).findFirst().orElseThrow();
        assertThat(forgotten.details()).containsEntry("note", "Customer lost a laptop")
                .containsEntry("reason", "forgotten by support");
    }
}
