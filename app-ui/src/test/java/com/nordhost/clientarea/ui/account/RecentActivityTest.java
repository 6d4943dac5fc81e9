package com.nordhost.clientarea.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.ui.layout.MainLayout;
import com.nordhost.clientarea.web.i18n.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security settings → Recent security activity, and the wrong passwords told once after a login (issue 22). */
class RecentActivityTest extends KaribuTest {

    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like"
            + " Gecko) Chrome/141.0.0.0 Safari/537.36";

    private static void openSecuritySettings(String tabLabel) {
        navigate("account");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel(tabLabel)));
    }

    /** Each row of the activity table as the texts of its cells. */
    private static List<List<String>> rows() {
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("security-activity-table"));
        return table.getBody().getChildren().map(row -> ((NativeTableRow) row).getElement().getChildren()
                .map(Element::getText).toList()).toList();
    }

    private static void event(Account subject, AuditEventType type, String actor, String ip,
                              Map<String, String> details) {
        clock.advance(Duration.ofMinutes(1));
        db.inTransaction(() -> {
            db.auditLog().record(new AuditEvent(clock.instant(), type, subject.id(), actor, ip, CHROME, details));
            return null;
        });
    }

    @Test
    void the_list_says_what_happened_from_where_and_who_never_naming_the_agent() {
        Account anna = newCustomer(PASSWORD);
        Account sam = db.createStaff(Role.SUPPORT, "sam" + next() + "@nordhost.test", "Sam Support", PASSWORD);
        submitPassword(anna.email().value(), "not the password");
        submitPassword(anna.email().value(), "not it either");
        logIn(anna, PASSWORD, null);
        event(anna, AuditEventType.PASSWORD_CHANGED, anna.email().value(), "2001:0db8:0:0:0:0:0:7", Map.of());
        event(anna, AuditEventType.SECOND_FACTOR_UNLOCKED, sam.email().value(), null,
                Map.of("ticket", "#4711", "agent", sam.email().value()));

        openSecuritySettings("Security settings");

        _assertOne(com.vaadin.flow.component.html.H3.class, spec -> spec.withText("Recent security activity"));
        // The product has no time zone per customer: the section names the configured one.
        _assertOne(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("Your account's security"
                + " events of the last 90 days, newest first: logins, codes, changes to your password, address and"
                + " two-factor authentication, and what support did. Times are in the time zone "
                + settings.timeZone().getId() + ". If you see something you did not do, change your password and"
                + " write to support."));
        List<List<String>> rows = rows();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsSequence("Second factor unlocked", "–", "Chrome on Windows", "support");
        assertThat(rows.get(1)).containsSequence("Password changed", "2001:db8::7", "Chrome on Windows", "you");
        assertThat(rows.get(2)).containsSequence("Logged in with the password").contains("you");
        assertThat(rows.get(3)).containsSequence("2 wrong passwords from 1 address", "–", "–", "–");
        assertThat(rows.toString()).doesNotContain(sam.email().value()).doesNotContain("Sam Support")
                .doesNotContain("#4711").doesNotContain("AppleWebKit");
        _assertNone(Button.class, spec -> spec.withId("security-activity-older"));
    }

    @Test
    void the_list_in_swedish() {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, null);
        UI.getCurrent().setLocale(Languages.SWEDISH);

        openSecuritySettings("Säkerhetsinställningar");

        _assertOne(com.vaadin.flow.component.html.H3.class, spec -> spec.withText("Senaste säkerhetshändelser"));
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row).contains("Inloggad med lösenordet", "du"));
    }

    @Test
    void twenty_at_a_time_and_show_older_adds_the_next_page_in_order() {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, null);
        for (int i = 0; i < 24; i++) {
            event(anna, AuditEventType.CUSTOMER_DETAILS_CHANGED, anna.email().value(), "192.0.2." + i, Map.of());
        }

        openSecuritySettings("Security settings");
        assertThat(rows()).hasSize(20);
        assertThat(rows().get(0)).contains("192.0.2.23");
        assertThat(rows().get(19)).contains("192.0.2.4");

        _click(_get(Button.class, spec -> spec.withId("security-activity-older").withText("Show older")));

        List<List<String>> rows = rows();
        assertThat(rows).hasSize(25);
        assertThat(rows.subList(20, 24)).extracting(row -> row.get(2))
                .containsExactly("192.0.2.3", "192.0.2.2", "192.0.2.1", "192.0.2.0");
        assertThat(rows.get(24)).contains("Logged in with the password");
        _assertNone(Button.class, spec -> spec.withId("security-activity-older"));
    }

    @Test
    void the_first_page_after_a_login_tells_of_the_wrong_passwords_since_the_login_before_once() {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, null);
        _assertNone(Span.class, spec -> spec.withId("wrong-passwords-since-last-login"));

        newBrowserSession();
        submitPassword(anna.email().value(), "a guess");
        submitPassword(anna.email().value(), "another guess");
        event(anna, AuditEventType.LOGIN_FAILED, null, "198.51.100.9", Map.of("reason", "wrong password"));
        logIn(anna, PASSWORD, null);

        assertThat(_get(Span.class, spec -> spec.withId("wrong-passwords-since-last-login")).getText())
                .isEqualTo("Since your last login: 3 wrong passwords from 2 addresses. If that was not you, your"
                        + " password may be known: change it under My Account → Security settings.");
        _click(_get(Button.class, spec -> spec.withId("wrong-passwords-notice-close")));

        // Another page, or the same page loaded again, in this sign-in: not again.
        navigate("account");
        new MainLayout(settings, services.languagePreference(), services.securityActivity(),
                new com.nordhost.clientarea.ui.layout.TwoFactorRequiredBanner(services.requiredTwoFactor(),
                        services.enrollment(), settings));
        assertThat(_find(Span.class, spec -> spec.withId("wrong-passwords-since-last-login"))).isEmpty();

        // The next login has nothing new to tell.
        newBrowserSession();
        logIn(anna, PASSWORD, null);
        assertThat(_find(Span.class, spec -> spec.withId("wrong-passwords-since-last-login"))).isEmpty();
    }
}
