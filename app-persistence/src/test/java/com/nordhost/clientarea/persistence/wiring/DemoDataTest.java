package com.nordhost.clientarea.persistence.wiring;

import com.nordhost.clientarea.domain.login.BrowserTokens;
import com.nordhost.clientarea.domain.DomainServices;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.login.LoginOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.persistence.config.DemoData;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final RequestOrigin ORIGIN = RequestOrigin.unknown();

    @Test
    void an_empty_database_gets_demo_accounts_once_and_people_can_sign_in_with_them() {
        try (TestDatabase db = TestDatabase.create()) {
            DomainServices services = db.services(Clock.systemUTC());

            List<String> lines = DemoData.createIfEmpty(db.accounts(), services.accountRegistration(), db.transactionsPort());
            assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(
                    "Demo customer: demo@example.com / demo-password-1 (client area)"));
            assertThat(DemoData.createIfEmpty(db.accounts(), services.accountRegistration(), db.transactionsPort()))
                    .as("the second application finds them").isEmpty();
            assertThat(db.inTransaction(() -> db.accounts().count())).isEqualTo(3);

            LoginOutcome customer = services.passwordLogin().logIn(Realm.CUSTOMER, DemoData.CUSTOMER_EMAIL,
                    DemoData.CUSTOMER_PASSWORD, ORIGIN, BrowserTokens.NONE);
            assertThat(customer).isInstanceOf(LoginOutcome.LoggedIn.class);
            AccountId customerId = ((LoginOutcome.LoggedIn) customer).account().id();
            assertThat(db.inTransaction(() -> db.accounts().findCustomerDetails(customerId)).orElseThrow()
                    .customerNumber()).isEqualTo(DemoData.CUSTOMER_NUMBER);

            assertThat(services.passwordLogin().logIn(Realm.STAFF, DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD,
                    ORIGIN, BrowserTokens.NONE)).isInstanceOf(LoginOutcome.SecondFactorSetUpRequired.class);
            assertThat(services.passwordLogin().logIn(Realm.STAFF, DemoData.SUPPORT_EMAIL, DemoData.SUPPORT_PASSWORD,
                    ORIGIN, BrowserTokens.NONE)).isInstanceOf(LoginOutcome.SecondFactorSetUpRequired.class);
            assertThat(services.passwordLogin().logIn(Realm.CUSTOMER, DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD,
                    ORIGIN, BrowserTokens.NONE)).isInstanceOf(LoginOutcome.Refused.class);
        }
    }

}
