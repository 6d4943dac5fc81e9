package com.nordhost.clientarea.ui;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.ui.account.MyAccountView;
import com.nordhost.clientarea.ui.login.LoginView;
import com.nordhost.clientarea.ui.start.StartView;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static com.nordhost.clientarea.web.testing.SignInSteps.submitPassword;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class AccessRulesTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "account", "account?tab=security"})
    void a_visitor_who_is_not_logged_in_gets_the_login_page(String route) {
        navigate(route);
        _assertOne(LoginView.class);
        _assertNone(StartView.class);
        _assertNone(MyAccountView.class);
    }

    @Test
    void a_staff_member_signed_in_by_mistake_cannot_open_customer_pages() {
        Account agent = db.createStaff(Role.SUPPORT, "agent@example.com", "Sam Support", PASSWORD);
        // Even with a staff principal in the session, customer routes need the CUSTOMER role.
        VaadinSession.getCurrent().getSession().setAttribute(SignIn.SESSION_ATTRIBUTE,
                new SignedInUser(agent.id().value(), Role.SUPPORT, agent.email().value(), "Sam Support", true));
        // Vaadin answers with its access-denied error (a 404 page in production mode); never the view.
        try {
            navigate("account");
        } catch (AssertionError shownAsError) {
            assertThat(shownAsError).hasMessageContaining("AccessDeniedException");
        }
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(MyAccountView.class::isInstance);
    }

    @Test
    void staff_credentials_do_not_open_the_client_area() {
        db.createStaff(Role.ADMIN, "admin@example.com", "Ada Admin", PASSWORD);
        submitPassword("admin@example.com", PASSWORD);
        assertThat(SignIn.current()).isEmpty();
    }

    @Test
    void the_menu_has_my_account_under_account() {
        Account anna = newCustomer(PASSWORD);
        logIn(anna, PASSWORD, null);
        SideNavItem account = _find(SideNavItem.class).stream().filter(i -> "Account".equals(i.getLabel()))
                .findFirst().orElseThrow();
        assertThat(account.getItems()).extracting(SideNavItem::getLabel).containsExactly("My Account");
        navigate(account.getItems().get(0).getPath());
        _assertOne(MyAccountView.class);
    }
}
