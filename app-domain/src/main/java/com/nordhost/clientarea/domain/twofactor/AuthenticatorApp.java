package com.nordhost.clientarea.domain.twofactor;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.EncryptedSecret;
import com.nordhost.clientarea.domain.totp.TotpParameters;

import java.time.Instant;

/**
 * One authenticator app of an account (a phone, a tablet), with its own secret and its own replay guard: the last
 * time step accepted from it (RFC 6238 section 5.2). {@code name} is what the customer called it; null for the app set
 * up by the first-time wizard, which asks for no name (the screens call it "Authenticator app").
 */
public record AuthenticatorApp(long id, AccountId accountId, String name, EncryptedSecret secret,
                               TotpParameters parameters, Long lastAcceptedStep, Instant addedAt,
                               Instant lastUsedAt) {

    public AuthenticatorAppSummary summary() {
        return new AuthenticatorAppSummary(id, name, addedAt, lastUsedAt);
    }

    @Override
    public String toString() {
        return "AuthenticatorApp[id=" + id + ", account=" + accountId + "]";
    }
}
