package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.signin.SecondFactorUsed;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.ui.KaribuTest;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Security settings → "Where you're signed in" (decision 0037): each sign-in, sign out one, everywhere else. */
class SignInsSectionTest extends KaribuTest {

    private static final RequestOrigin PHONE = new RequestOrigin("198.51.100.44",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                    + " Version/18.1 Mobile/15E148 Safari/604.1");

    private static String rowText(long id) {
        return _get(NativeTableRow.class, spec -> spec.withId("sign-in-" + id)).getElement().getTextRecursively();
    }

    private static SignIns.Begun elsewhere(Account account) {
        return services.signIns().begin(account.id(), SecondFactorUsed.APP_CODE, PHONE).orElseThrow();
    }

    @Test
    void the_login_writes_a_sign_in_and_its_http_only_cookie_and_the_list_marks_this_browser() {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, null);
        long mine = SignIn.current().orElseThrow().signInId();
        Collection<String> cookies = fakeResponse().getHeaders("Set-Cookie");

        assertThat(mine).isPositive();
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("CLIENTAREA_SIGNIN=" + mine + ".")
                .contains("HttpOnly", "SameSite=Lax", "Max-Age=43200"));
        SignIns.Begun phone = elsewhere(anna);
        SecuritySettingsTest.openSecuritySettings();

        assertThat(rowText(mine)).contains("(this browser)");
        assertThat(rowText(phone.id())).contains("198.51.100.44").doesNotContain("(this browser)");
        assertThat(_find(Button.class, spec -> spec.withId("sign-out-" + mine))).as("no sign-out of itself")
                .isEmpty();
    }

    @Test
    void signing_out_another_browser_ends_its_sign_in_at_once_and_is_audited() {
        Account bo = newCustomer(PASSWORD);
        logIn(bo, PASSWORD, null);
        SignIns.Begun phone = elsewhere(bo);
        int epoch = SignIn.current().orElseThrow().sessionEpoch();
        SecuritySettingsTest.openSecuritySettings();

        _click(_get(Button.class, spec -> spec.withId("sign-out-" + phone.id())));

        assertThat(services.signIns().restore(Realm.CUSTOMER, phone.token())).isEmpty();
        assertThat(services.signIns().isCurrent(bo.id(), epoch, phone.id(), true)).as("its next request").isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("sign-ins-message")).getText())
                .contains("That browser was signed out");
        _assertNone(NativeTableRow.class, spec -> spec.withId("sign-in-" + phone.id()));
        assertThat(auditTypesOf(bo)).contains(AuditEventType.SIGN_IN_ENDED);
    }

    @Test
    void sign_out_everywhere_else_keeps_only_this_browser() {
        Account cy = newCustomer(PASSWORD);
        logIn(cy, PASSWORD, null);
        long mine = SignIn.current().orElseThrow().signInId();
        SignIns.Begun phone = elsewhere(cy);
        SignIns.Begun tablet = elsewhere(cy);
        SecuritySettingsTest.openSecuritySettings();

        _click(_get(Button.class, spec -> spec.withText("Sign out everywhere else")));

        assertThat(services.signIns().list(cy.id())).extracting(s -> s.id()).containsExactly(mine);
        assertThat(services.signIns().restore(Realm.CUSTOMER, phone.token())).isEmpty();
        assertThat(services.signIns().restore(Realm.CUSTOMER, tablet.token())).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("sign-ins-message")).getText())
                .contains("Every other browser was signed out (2).");
        _assertNone(Button.class, spec -> spec.withText("Sign out everywhere else"));
        assertThat(auditTypesOf(cy)).contains(AuditEventType.SIGNED_OUT_EVERYWHERE_ELSE);
    }

    private static List<AuditEventType> auditTypesOf(Account account) {
        return db.inTransaction(() -> db.ports().auditLog().findBySubject(account.id(), 50)).stream()
                .map(e -> e.type()).toList();
    }
}
