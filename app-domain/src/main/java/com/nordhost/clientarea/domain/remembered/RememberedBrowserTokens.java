package com.nordhost.clientarea.domain.remembered;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.shared.BrowserName;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.MessageSigner;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.notification.SecurityNotice;
import com.nordhost.clientarea.domain.notification.SecurityNotices;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Issues and checks the tokens of remembered browsers (decision 0020); only the login's use cases hold this, in
 * their transaction: a token is issued only by a passed second factor ({@code SecondFactorLogin}) and honoured only
 * after the right password ({@code PasswordLogin}). The assembly hands it to nothing else, so no view can mint or
 * test one.
 *
 * <p>The token is {@code <row id>.<secret>.<HMAC-SHA256 of both>}: the secret is 256 random bits stored only as its
 * SHA-256; the HMAC (key derived from the key ring) turns away forged cookies before the database is asked. A
 * token counts only for a customer account, for the account its row names, before its expiry, while the account's
 * session epoch is the one it was remembered at (every change that ends sessions also ends remembered browsers,
 * even one that forgot to forget them) and while its row exists (forgetting deletes it).
 */
public final class RememberedBrowserTokens {

    private static final int MAX_LENGTH = 200;

    /**
     * Remembered browsers per account. Each one is a door that skips the code; more than a person uses means cookies
     * cleared every day or someone collecting them, so the one least recently used is forgotten to make room.
     */
    public static final int MAX_PER_ACCOUNT = 20;

    private final AccountRepository accounts;
    private final RememberedBrowserRepository browsers;
    private final MessageSigner signer;
    private final AuditTrail audit;
    private final SecurityNotices notices;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration lifetime;

    /** @param lifetime how long a browser stays remembered; zero: never remembered, tokens honoured none */
    public RememberedBrowserTokens(AccountRepository accounts, RememberedBrowserRepository browsers,
                                   MessageSigner signer, AuditTrail audit, SecurityNotices notices, Clock clock,
                                   SecureRandom random, Duration lifetime) {
        this.accounts = Objects.requireNonNull(accounts);
        this.browsers = Objects.requireNonNull(browsers);
        this.signer = Objects.requireNonNull(signer);
        this.audit = Objects.requireNonNull(audit);
        this.notices = Objects.requireNonNull(notices);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
        this.lifetime = Objects.requireNonNull(lifetime);
    }

    /**
     * Remembers the browser {@code origin} describes for {@code account}, in the caller's transaction; call it only
     * when the account just passed its second factor. Empty for agents and while the setting is 0. Audited, and
     * the customer is told (someone who got password and code once would keep the door open this way).
     */
    public Optional<String> remember(Account account, RequestOrigin origin) {
        if (lifetime.isZero() || account.realm() != Realm.CUSTOMER || !account.active()) {
            return Optional.empty();
        }
        OptionalInt epoch = accounts.findSessionEpoch(account.id());
        if (epoch.isEmpty()) {
            return Optional.empty();
        }
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        Instant now = clock.instant();
        browsers.deleteExpired(now);
        makeRoom(account, from, now);
        String secret = RandomTokens.generate(random);
        String name = BrowserName.of(from.userAgent());
        Instant expires = now.plus(lifetime);
        long id = browsers.add(account.id(), RandomTokens.sha256Hex(secret), epoch.getAsInt(), name,
                from.sourceIp(), now, expires);
        audit.record(AuditEventType.BROWSER_REMEMBERED, account.id(), account.email().value(), from,
                Map.of("browserId", Long.toString(id), "browser", name, "expiresAt", expires.toString()));
        notices.send(account, SecurityNotice.BROWSER_REMEMBERED, from,
                Map.of("days", Long.toString(lifetime.toDays())));
        String body = id + "." + secret;
        return Optional.of(body + "." + signer.sign(body));
    }

    private void makeRoom(Account account, RequestOrigin origin, Instant now) {
        List<RememberedBrowser> remembered = browsers.listFor(account.id(), now);
        remembered.stream()
                .sorted(Comparator.comparing(RememberedBrowserTokens::lastSeen).thenComparing(RememberedBrowser::id))
                .limit(Math.max(0, remembered.size() - (MAX_PER_ACCOUNT - 1)))
                .filter(oldest -> browsers.delete(account.id(), oldest.id()))
                .forEach(oldest -> audit.record(AuditEventType.REMEMBERED_BROWSER_FORGOTTEN, account.id(),
                        account.email().value(), origin, Map.of("browserId", Long.toString(oldest.id()),
                                "reason", "more than " + MAX_PER_ACCOUNT + " remembered browsers")));
    }

    private static Instant lastSeen(RememberedBrowser browser) {
        return browser.lastUsedAt() == null ? browser.rememberedAt() : browser.lastUsedAt();
    }

    /**
     * Whether {@code token} spares {@code account} the code now, in the caller's transaction; call it only after the
     * right password. A use is recorded (last used, audit).
     */
    public boolean recognises(Account account, String token, RequestOrigin origin) {
        if (token == null || token.length() > MAX_LENGTH || lifetime.isZero()
                || account.realm() != Realm.CUSTOMER || !account.active()) {
            return false;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !RandomTokens.wellFormed(parts[1])
                || !signer.isGenuine(parts[0] + "." + parts[1], parts[2])) {
            return false;
        }
        long id;
        try {
            id = Long.parseLong(parts[0]);
        } catch (NumberFormatException notOurs) {
            return false;
        }
        Optional<RememberedBrowserRepository.Stored> stored = browsers.find(id);
        Instant now = clock.instant();
        if (stored.isEmpty() || !stored.get().account().equals(account.id())
                || !now.isBefore(stored.get().expiresAt())
                || !sameHash(stored.get().secretHash(), RandomTokens.sha256Hex(parts[1]))) {
            return false;
        }
        OptionalInt epoch = accounts.findSessionEpoch(account.id());
        if (epoch.isEmpty() || epoch.getAsInt() != stored.get().sessionEpoch()) {
            return false;
        }
        browsers.markUsed(id, now);
        audit.record(AuditEventType.SIGNED_IN_WITH_REMEMBERED_BROWSER, account.id(), account.email().value(),
                origin, Map.of("browserId", Long.toString(id)));
        return true;
    }

    private static boolean sameHash(String stored, String presented) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
