package com.nordhost.clientarea.web.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LargeAnswersNotKeptTest {

    @BeforeEach
    void page() {
        MockVaadin.setup();
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void a_page_drawn_anew_is_not_kept_and_a_browser_asking_again_is_told_to_reload() {
        UIInternals page = UI.getCurrent().getInternals();
        String wholePage = "for(;;);[{\"syncId\":3,\"changes\":[" + "{\"node\":1},".repeat(1000) + "]}]";
        page.setLastRequestResponse(wholePage);

        LargeAnswersNotKept.forgetIfLarge(page);

        assertThat(page.getLastRequestResponse()).isEqualTo(LargeAnswersNotKept.RELOAD)
                .hasSizeLessThan(300).startsWith("for(;;);[").contains("\"appError\"")
                .doesNotContain("\"caption\":\"", "\"url\":\"");
    }

    @Test
    void the_answer_to_a_click_is_kept_for_a_browser_that_sends_it_again() {
        UIInternals page = UI.getCurrent().getInternals();
        String click = "for(;;);[{\"syncId\":4,\"changes\":[{\"node\":7,\"type\":\"put\"}]}]";
        page.setLastRequestResponse(click);

        LargeAnswersNotKept.forgetIfLarge(page);

        assertThat(page.getLastRequestResponse()).isEqualTo(click);
    }
}
