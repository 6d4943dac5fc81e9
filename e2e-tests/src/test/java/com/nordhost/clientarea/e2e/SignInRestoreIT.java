package com.nordhost.clientarea.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Sign-ins kept in the database (decision 0037) in Chromium, on a product of its own: a browser whose in-memory
 * session is gone (as after a restart of its node, or 5 idle minutes) stays signed in on the page it was on, without
 * Vaadin's "Session expired"; a sign-out from another browser ends it at its next click; log out ends the sign-in,
 * so its old cookie signs in nobody.
 */
class SignInRestoreIT {

    private static final String LOGIN_PAGE = "Log in to the Client area";

    @Test
    void a_lost_in_memory_session_is_restored_on_the_same_route_and_sign_outs_end_it_anywhere() throws Exception {
        try (RunningProduct product = RunningProduct.start(Map.of());
             Browser first = new Browser();
             Browser second = new Browser()) {
            VaadinPage page = new VaadinPage(first);
            CustomerSteps customer = new CustomerSteps(first, "si1");
            first.open(product.customerUrl);
            customer.logInWithPassword();
            first.awaitText("Welcome");
            Cookie signIn = first.driver.manage().getCookieNamed("CLIENTAREA_SIGNIN");
            assertThat(signIn).as("the sign-in cookie").isNotNull();
            assertThat(signIn.isHttpOnly()).isTrue();
            assertThat(signIn.getSameSite()).isEqualTo("Lax");
            assertThat(signIn.getPath()).isEqualTo("/");
            assertThat(signIn.getExpiry()).isAfter(Date.from(Instant.now().plus(Duration.ofHours(11))))
                    .isBefore(Date.from(Instant.now().plus(Duration.ofHours(13))));

            customer.openSecuritySettings();
            first.awaitText("Where you're signed in");
            assertThat(first.visibleText()).contains("Chrome on Linux (this browser)");
            String route = first.driver.getCurrentUrl();

            // The node forgot the session (restart, kill, or 5 idle minutes): the browser still sends its old id.
            String oldSession = first.driver.manage().getCookieNamed("CLIENTAREA_SESSION").getValue();
            first.driver.manage().deleteCookieNamed("CLIENTAREA_SESSION");
            first.driver.manage().addCookie(new Cookie("CLIENTAREA_SESSION", "forgotten-by-the-node", "/"));
            first.driver.executeScript("window.drawnBeforeTheRestore = true");
            page.follow("My details");
            // Vaadin finds no session for the click and the page reloads by itself: the marker is gone.
            first.wait.until(d -> Boolean.TRUE.equals(
                    first.driver.executeScript("return window.drawnBeforeTheRestore === undefined")));
            first.awaitText("Log out");
            first.awaitText("My Account");
            first.screenshot("si1-restored-on-the-same-route");
            assertThat(first.driver.getCurrentUrl()).isEqualTo(route);
            assertThat(first.visibleText()).doesNotContain(LOGIN_PAGE).doesNotContainIgnoringCase("session expired");
            assertThat(first.driver.manage().getCookieNamed("CLIENTAREA_SESSION").getValue()).isNotEqualTo(oldSession);

            CustomerSteps other = new CustomerSteps(second, "si2");
            second.open(product.customerUrl);
            other.logInWithPassword();
            second.awaitText("Welcome");
            other.openSecuritySettings();

            customer.openSecuritySettings();
            first.awaitText("Where you're signed in");
            first.scrollToAndPress("Sign out");
            first.awaitText("That browser was signed out");
            first.screenshot("si2-signed-out-another-browser");

            new VaadinPage(second).follow("My details");
            second.awaitText(LOGIN_PAGE);
            second.screenshot("si3-the-other-browser-at-its-next-click");

            Cookie before = first.driver.manage().getCookieNamed("CLIENTAREA_SIGNIN");
            customer.logOut();
            assertThat(first.driver.manage().getCookieNamed("CLIENTAREA_SIGNIN")).as("cleared at log out").isNull();
            first.driver.manage().addCookie(new Cookie("CLIENTAREA_SIGNIN", before.getValue(), "/"));
            first.driver.manage().deleteCookieNamed("CLIENTAREA_SESSION");
            first.open(product.customerUrl.resolve("/account"));
            first.awaitText(LOGIN_PAGE);
            first.screenshot("si4-an-ended-sign-in-restores-nobody");
        }
    }
}
