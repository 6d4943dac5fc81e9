package com.nordhost.clientarea.domain.privacy;

import com.nordhost.clientarea.domain.audit.EventActor;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the client area holds about one customer, as "Download my data" hands it out: plain values, no secret, hash,
 * credential id or mail body, and no agent's name or address (an agent's action says {@link EventActor#SUPPORT}).
 *
 * @param createdAt      when the export was made
 * @param details        the customer's details as My details shows them
 * @param twoFactor      whether the second factor is on, and since when
 * @param authenticators every authenticator of every kind (decision 0025), by name and dates
 * @param browsers       the remembered browsers, with the address they were remembered from
 * @param events         the security events about the account of the last twelve months, newest first
 * @param notices        the messages written to the account's address in the last twelve months, newest first
 */
public record DataExport(Instant createdAt, Details details, TwoFactor twoFactor, List<AuthenticatorEntry> authenticators,
                         List<BrowserEntry> browsers, List<EventEntry> events, List<NoticeEntry> notices) {

    public DataExport {
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(details);
        Objects.requireNonNull(twoFactor);
        authenticators = List.copyOf(authenticators);
        browsers = List.copyOf(browsers);
        events = List.copyOf(events);
        notices = List.copyOf(notices);
    }

    /** The file name without extension: {@code my-data-C100001}. */
    public String fileStem() {
        String number = details.customerNumber();
        return "my-data-" + (number == null || number.isBlank() ? "account" : number.replaceAll("[^A-Za-z0-9-]", ""));
    }

    /** Any of these but the name, e-mail and language may be null (not given). {@code language} is a tag. */
    public record Details(String customerNumber, String fullName, String email, String phone, String street,
                          String postalCode, String city, String country, String language) {
    }

    /** {@code since} is null when the second factor is off. */
    public record TwoFactor(boolean on, Instant since) {
    }

    /** {@code name} is null where the kind has none (the backup code); {@code lastUsedAt} null: not used yet. */
    public record AuthenticatorEntry(AuthenticatorKind kind, String name, Instant addedAt, Instant lastUsedAt) {
    }

    /** A short browser name ("Firefox on Linux"), never the User-Agent. */
    public record BrowserEntry(String browser, String ip, Instant rememberedAt, Instant lastUsedAt,
                               Instant expiresAt) {
    }

    /** {@code type} is the audit event type's name; {@code ip} the compact address; {@code browser} a short name. */
    public record EventEntry(Instant at, String type, String ip, String browser, EventActor actor) {
    }

    public record NoticeEntry(String subject, Instant createdAt) {
    }
}
