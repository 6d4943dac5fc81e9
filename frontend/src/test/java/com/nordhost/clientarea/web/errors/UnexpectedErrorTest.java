package com.nordhost.clientarea.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failure nobody expected shows a plain message and a reference, never the exception. */
class UnexpectedErrorTest {

    private static final String INTERNAL_DETAIL = "SELECT secret FROM two_factor_credential";

    @Route("exploding")
    public static class ExplodingView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(INTERNAL_DETAIL);
        }
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(Set.of(ExplodingView.class), Set.of(UnexpectedErrorView.class), true));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_route_that_fails_shows_the_error_page_without_the_exception() {
        UI.getCurrent().navigate("exploding");

        UnexpectedErrorView shown = LocatorJ._get(UnexpectedErrorView.class);
        assertThat(shown.getElement().getTextRecursively())
                .contains("error.title", "error.unexpected").doesNotContain(INTERNAL_DETAIL);
    }

    @Test
    void an_unexpected_error_in_an_event_shows_a_notification_without_the_exception() {
        new UnexpectedErrorHandler().error(new ErrorEvent(new IllegalStateException(INTERNAL_DETAIL)));
        MockVaadin.clientRoundtrip();

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).getElement().getProperty("text")).contains("error.unexpected").doesNotContain(INTERNAL_DETAIL);
    }
}
