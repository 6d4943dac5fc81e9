package com.nordhost.clientarea.domain.apitokens;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.shared.PlainText;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.domain.throttle.PasswordFailures;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The back-office's API tokens (ADMIN only) and the provisioning API's check of a presented token (decision 0034).
 *
 * <p>A token is 256 random bits ({@link RandomTokens}); the table keeps its SHA-256 only, so a copy of the database
 * opens nothing, and the ADMIN sees the token once. Revoking takes effect at the next call. A wrong or revoked token
 * counts on the password throttle of the caller's address ({@link PasswordFailures}' counters for unknown
 * addresses, keyed by an HMAC of "api token" and the address): five are free, then the wait doubles from 1 s to
 * 5 minutes, and during the wait no token from that address is checked. "Last used" is written at most once a
 * {@link #LAST_USED_PRECISION} per token, so a busy billing system does not write a row per call.
 */
public final class ApiTokens {

    public static final int MAX_NAME_LENGTH = 60;
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final PasswordFailures failures;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;

    public ApiTokens(AccountRepository accounts, ApiTokenRepository tokens, PasswordFailures failures,
                     AuditTrail audit, Transactions transactions, Clock clock, SecureRandom random) {
        this.accounts = Objects.requireNonNull(accounts);
        this.tokens = Objects.requireNonNull(tokens);
        this.failures = Objects.requireNonNull(failures);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    /** A new token named {@code name}; the outcome holds the secret, to be shown once. Audited API_TOKEN_CREATED. */
    public ApiTokenOutcome create(AccountId adminId, String name, RequestOrigin origin) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty() || wanted.codePointCount(0, wanted.length()) > MAX_NAME_LENGTH
                || PlainText.hasControlCharacters(wanted, false)) {
            return new ApiTokenOutcome.InvalidName();
        }
        String secret = RandomTokens.generate(random);
        try {
            return transactions.inTransaction(() -> {
                Optional<Account> admin = activeAdmin(adminId);
                if (admin.isEmpty()) {
                    return new ApiTokenOutcome.NotAllowed();
                }
                if (tokens.nameTaken(wanted)) {
                    return new ApiTokenOutcome.NameTaken();
                }
                ApiToken token = tokens.create(wanted, RandomTokens.sha256Hex(secret), admin.get().email().value(),
                        clock.instant());
                audit.record(AuditEventType.API_TOKEN_CREATED, adminId, admin.get().email().value(), origin,
                        Map.of("token", wanted));
                return new ApiTokenOutcome.Created(token, secret);
            });
        } catch (ApiTokenNameTakenException e) {
            return new ApiTokenOutcome.NameTaken();
        }
    }

    /** Revokes the token at once: its next call is refused. Audited API_TOKEN_REVOKED. */
    public ApiTokenOutcome revoke(AccountId adminId, long tokenId, RequestOrigin origin) {
        return transactions.inTransaction(() -> {
            Optional<Account> admin = activeAdmin(adminId);
            if (admin.isEmpty()) {
                return new ApiTokenOutcome.NotAllowed();
            }
            Optional<ApiToken> token = tokens.findById(tokenId);
            if (token.isEmpty() || !tokens.revoke(tokenId, clock.instant())) {
                return new ApiTokenOutcome.UnknownToken();
            }
            audit.record(AuditEventType.API_TOKEN_REVOKED, adminId, admin.get().email().value(), origin,
                    Map.of("token", token.get().name()));
            return new ApiTokenOutcome.Revoked(tokens.findById(tokenId).orElseThrow());
        });
    }

    /** Every token, newest first, for an active ADMIN; empty for anyone else. */
    public List<ApiToken> list(AccountId adminId) {
        return transactions.inTransaction(() -> activeAdmin(adminId).isEmpty() ? List.<ApiToken>of() : tokens.list());
    }

    /**
     * The caller behind {@code bearer} (the text after "Bearer "), or a refusal. Throttled per client address
     * like wrong passwords; a refused token is audited API_TOKEN_REFUSED (without the token).
     */
    public ApiAuthentication authenticate(String bearer, RequestOrigin origin) {
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        String key = "api token\n" + (from.sourceIp() == null ? "" : from.sourceIp());
        return transactions.inTransaction(() -> {
            Optional<Instant> wait = failures.unknownAddressWaitUntil(key);
            if (wait.isPresent()) {
                return new ApiAuthentication.Throttled(wait.get());
            }
            Optional<ApiToken> token = RandomTokens.wellFormed(bearer)
                    ? tokens.findUsableByHash(RandomTokens.sha256Hex(bearer)) : Optional.empty();
            if (token.isEmpty()) {
                int count = failures.unknownAddressFailed(key);
                audit.record(AuditEventType.API_TOKEN_REFUSED, null, AuditTrail.ANONYMOUS, from,
                        Map.of("failures", Integer.toString(count)));
                return new ApiAuthentication.Refused();
            }
            Instant now = clock.instant();
            Instant lastUsed = token.get().lastUsedAt();
            if (lastUsed == null || !lastUsed.isAfter(now.minus(LAST_USED_PRECISION))) {
                tokens.noteUse(token.get().id(), now, now.minus(LAST_USED_PRECISION));
            }
            return new ApiAuthentication.Accepted(new ApiCaller(token.get().id(), token.get().name()));
        });
    }

    private Optional<Account> activeAdmin(AccountId adminId) {
        return adminId == null ? Optional.empty() : accounts.findById(adminId).filter(Account::isActiveAdmin);
    }
}
