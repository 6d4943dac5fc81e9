package com.nordhost.clientarea.domain.support;

import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

class BrowsersForgottenBySupportTest {

    private final DomainFixture f = new DomainFixture();
    private final BrowsersForgottenBySupport forgetting = f.services.browsersForgottenBySupport();

    private void remember(String secretHash) {
        f.rememberedBrowsers.add(f.customer.id(), secretHash, 0, "Firefox on Linux", "198.51.100.23",
                f.clock.instant(), f.clock.instant().plus(Duration.ofDays(30)));
    }

    @Test
    void an_agent_forgets_every_browser_with_a_reason_and_the_customer_is_mailed() {
        remember("a".repeat(64));
        remember("b".repeat(64));
        int mailsBefore = f.outbox.all().size();

        assertThat(forgetting.forgetAll(f.agent.id(), f.customer.id(), "Lost laptop", ORIGIN))
                .isEqualTo(new BrowsersForgottenBySupport.Outcome.Forgotten(2));

        assertThat(f.services.rememberedBrowsers().list(f.customer.id())).isEmpty();
        assertThat(f.audit.ofType(AuditEventType.REMEMBERED_BROWSERS_FORGOTTEN)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("note", "Lost laptop")
                        .containsEntry("forgotten", "2"));
        assertThat(f.outbox.all()).hasSize(mailsBefore + 1);
        assertThat(f.outbox.all().get(mailsBefore).subject()).isEqualTo("Your remembered browsers were forgotten");
    }

    @Test
    void without_a_reason_or_by_a_customer_nothing_is_forgotten() {
        remember("a".repeat(64));

        assertThat(forgetting.forgetAll(f.agent.id(), f.customer.id(), "  ", ORIGIN))
                .isEqualTo(new BrowsersForgottenBySupport.Outcome.ReasonRequired());
        assertThat(forgetting.forgetAll(f.customer.id(), f.customer.id(), "because", ORIGIN))
                .isEqualTo(new BrowsersForgottenBySupport.Outcome.NotAllowed());
        assertThat(f.services.rememberedBrowsers().list(f.customer.id())).hasSize(1);
    }
}
