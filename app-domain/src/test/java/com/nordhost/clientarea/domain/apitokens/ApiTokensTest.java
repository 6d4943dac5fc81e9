package com.nordhost.clientarea.domain.apitokens;

import static com.nordhost.clientarea.domain.testing.DomainFixture.ORIGIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.testing.DomainFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    private final DomainFixture f = new DomainFixture();
    private final ApiTokens tokens = f.services.apiTokens();
    private final Account admin = f.services.accountRegistration().register(Role.ADMIN,
            EmailAddress.of("ada@nordhost.se"), "Ada Admin", "admin-password-1");

    private ApiTokenOutcome.Created created(String name) {
        return (ApiTokenOutcome.Created) tokens.create(admin.id(), name, ORIGIN);
    }

    @Test
    void theTokenIsShownOnceAndStoredOnlyAsItsHash() {
        ApiTokenOutcome.Created created = created("  WHMCS billing ");

        assertThat(created.token().name()).isEqualTo("WHMCS billing");
        assertThat(created.token().createdBy()).isEqualTo("ada@nordhost.se");
        assertThat(created.secret()).hasSize(RandomTokens.LENGTH);
        assertThat(f.apiTokens.hashes.values()).containsExactly(RandomTokens.sha256Hex(created.secret()))
                .doesNotContain(created.secret());
        assertThat(tokens.list(admin.id())).extracting(ApiToken::name).containsExactly("WHMCS billing");
        AuditEvent event = f.audit.all().get(f.audit.all().size() - 1);
        assertThat(event.type()).isEqualTo(AuditEventType.API_TOKEN_CREATED);
        assertThat(event.details()).containsEntry("token", "WHMCS billing");
        assertThat(event.details().toString()).doesNotContain(created.secret());
    }

    @Test
    void theRightTokenNamesItsCallerAndAWrongOneIsRefused() {
        ApiTokenOutcome.Created created = created("billing");

        ApiAuthentication right = tokens.authenticate(created.secret(), ORIGIN);
        ApiAuthentication wrong = tokens.authenticate(created.secret().substring(1) + "x", ORIGIN);
        ApiAuthentication none = tokens.authenticate(null, ORIGIN);

        assertThat(right).isEqualTo(new ApiAuthentication.Accepted(new ApiCaller(created.token().id(), "billing")));
        assertThat(((ApiAuthentication.Accepted) right).caller().actor()).isEqualTo("API token billing");
        assertThat(wrong).isInstanceOf(ApiAuthentication.Refused.class);
        assertThat(none).isInstanceOf(ApiAuthentication.Refused.class);
        assertThat(f.audit.all()).filteredOn(e -> e.type() == AuditEventType.API_TOKEN_REFUSED).hasSize(2);
    }

    @Test
    void aRevokedTokenIsRefusedAtItsNextCall() {
        ApiTokenOutcome.Created created = created("billing");
        assertThat(tokens.authenticate(created.secret(), ORIGIN)).isInstanceOf(ApiAuthentication.Accepted.class);

        assertThat(tokens.revoke(admin.id(), created.token().id(), ORIGIN)).isInstanceOf(ApiTokenOutcome.Revoked.class);

        assertThat(tokens.authenticate(created.secret(), ORIGIN)).isInstanceOf(ApiAuthentication.Refused.class);
        assertThat(tokens.revoke(admin.id(), created.token().id(), ORIGIN))
                .isInstanceOf(ApiTokenOutcome.UnknownToken.class);
        assertThat(f.audit.all()).filteredOn(e -> e.type() == AuditEventType.API_TOKEN_REVOKED).hasSize(1);
    }

    @Test
    void wrongTokensAreThrottledPerAddressLikePasswords() {
        ApiTokenOutcome.Created created = created("billing");
        String wrong = "A".repeat(RandomTokens.LENGTH);
        for (int i = 0; i < 5; i++) {
            assertThat(tokens.authenticate(wrong, ORIGIN)).isInstanceOf(ApiAuthentication.Refused.class);
        }

        // After the fifth the address waits 1 s: even the right token is not checked meanwhile.
        assertThat(tokens.authenticate(created.secret(), ORIGIN)).isInstanceOf(ApiAuthentication.Throttled.class);
        RequestOrigin elsewhere = new RequestOrigin("198.51.100.9", "curl");
        assertThat(tokens.authenticate(created.secret(), elsewhere)).isInstanceOf(ApiAuthentication.Accepted.class);
        f.clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.authenticate(created.secret(), ORIGIN)).isInstanceOf(ApiAuthentication.Accepted.class);
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        ApiTokenOutcome.Created created = created("billing");
        for (int i = 0; i < 10; i++) {
            tokens.authenticate(created.secret(), ORIGIN);
            f.clock.advance(Duration.ofSeconds(5));
        }
        assertThat(f.apiTokens.useWrites).isEqualTo(1);
        f.clock.advance(Duration.ofSeconds(15));
        tokens.authenticate(created.secret(), ORIGIN);
        assertThat(f.apiTokens.useWrites).isEqualTo(2);
        assertThat(tokens.list(admin.id()).get(0).lastUsedAt()).isEqualTo(f.clock.instant());
    }

    @Test
    void onlyAnActiveAdminManagesTokens() {
        assertThat(tokens.create(f.agent.id(), "support's", ORIGIN)).isInstanceOf(ApiTokenOutcome.NotAllowed.class);
        ApiTokenOutcome.Created created = created("billing");
        assertThat(tokens.revoke(f.agent.id(), created.token().id(), ORIGIN))
                .isInstanceOf(ApiTokenOutcome.NotAllowed.class);
        assertThat(tokens.list(f.agent.id())).isEmpty();
        assertThat(tokens.create(admin.id(), "billing", ORIGIN)).isInstanceOf(ApiTokenOutcome.NameTaken.class);
        assertThat(tokens.create(admin.id(), " ", ORIGIN)).isInstanceOf(ApiTokenOutcome.InvalidName.class);
        assertThat(tokens.create(admin.id(), "a\nb", ORIGIN)).isInstanceOf(ApiTokenOutcome.InvalidName.class);
        assertThat(tokens.create(admin.id(), "x".repeat(61), ORIGIN)).isInstanceOf(ApiTokenOutcome.InvalidName.class);
    }
}
