package com.nordhost.clientarea.domain.login;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.crypto.MessageSigner;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * OWASP's "device cookies": a browser that completed a full login (password, and the second factor when it is
 * on) gets a signed token naming the account. Wrong passwords typed in a browser with a valid token for the
 * account are counted apart from everyone else's (see {@code PasswordFailures}), so a stranger's flood of wrong
 * passwords never makes the owner's trusted browser wait.
 *
 * <p>The token is {@code <account id>.<issued, epoch seconds>.<nonce>.<HMAC-SHA256>}: nothing secret in it,
 * valid for {@link #LIFETIME} after issue, and only for the account it names. It proves only that this browser
 * once logged in to that account; the password is still checked at every login.
 */
public final class DeviceTrust {

    public static final Duration LIFETIME = Duration.ofDays(180);
    private static final int NONCE_BYTES = 16;

    private final MessageSigner signer;
    private final Clock clock;
    private final SecureRandom random;

    public DeviceTrust(MessageSigner signer, Clock clock, SecureRandom random) {
        this.signer = Objects.requireNonNull(signer, "A signer is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.random = Objects.requireNonNull(random, "A random source is required.");
    }

    /** A new token for a browser that just completed a full login to {@code account}. */
    public String issue(AccountId account) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String body = account.value() + "." + clock.instant().getEpochSecond() + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return body + "." + signer.sign(body);
    }

    /** Whether {@code token} is a valid, unexpired token of ours for exactly {@code account}. */
    public boolean trusts(String token, AccountId account) {
        if (token == null || account == null || token.length() > 200) {
            return false;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(Long.toString(account.value()))) {
            return false;
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        if (!signer.isGenuine(body, parts[3])) {
            return false;
        }
        try {
            Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            Instant now = clock.instant();
            return !issued.isAfter(now.plusSeconds(60)) && now.isBefore(issued.plus(LIFETIME));
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
