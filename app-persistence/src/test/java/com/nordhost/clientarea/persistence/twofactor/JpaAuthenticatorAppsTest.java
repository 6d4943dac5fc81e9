package com.nordhost.clientarea.persistence.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.totp.TotpParameters;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppRepository;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppRepositoryContract;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRepository;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's contract ({@link AuthenticatorAppRepositoryContract}, also run against the domain's in-memory
 * fake) on H2, and the race only a database can show.
 */
class JpaAuthenticatorAppsTest extends DatabaseTest implements AuthenticatorAppRepositoryContract {

    @Override
    public AuthenticatorAppRepository apps() {
        return new JpaAuthenticatorApps(db.transactions());
    }

    @Override
    public TwoFactorRepository twoFactor() {
        return db.twoFactor();
    }

    @Override
    public AccountId newCustomer() {
        return db.createCustomer(uniqueEmail("apps"), "Several Apps", "password-123").id();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return tx(work);
    }

    @Test
    void the_same_code_presented_to_two_nodes_at_once_is_accepted_exactly_once() throws Exception {
        AccountId id = activeCustomer();
        long phone = tx(() -> apps().add(id, null, PHONE, TotpParameters.DEFAULT, 1000, NOW));
        for (int round = 0; round < 50; round++) {
            long step = 1001 + round;
            List<Object> results = race(2, () -> apps().acceptStep(phone, step, NOW));
            assertThat(results).as("round %d", round).containsExactlyInAnyOrder(true, false);
        }
        assertThat(tx(() -> apps().list(id)).get(0).lastAcceptedStep()).isEqualTo(1050L);
    }
}
