package com.nordhost.clientarea.domain.notification;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Queues a {@link SecurityNotice} for an account in the {@link Outbox}, in the caller's transaction: the mail
 * exists exactly when the change it reports was committed. The text comes from {@link NoticeTexts} in the
 * account's stored language; Reply-To is the support address, so "reply to this message" reaches support.
 * Every use case that changes an authenticator calls this, once per change.
 *
 * <p>A customer's notice also carries its own "This wasn't me" link ({@link SecurityNotice#offersProtectLink()},
 * decision 0042): a fresh random token per mail, stored only as its hash through {@link ProtectLinks}, valid
 * {@link #PROTECT_LINK_VALIDITY}, opening {@link #PROTECT_ROUTE} of the client area. Every link a notice carries names
 * the account's language ({@code &lang=sv}), so that the page it opens speaks the language of the mail.
 */
public final class SecurityNotices {

    /** The client-area page a "This wasn't me" link opens. */
    public static final String PROTECT_ROUTE = "this-wasnt-me";
    public static final Duration PROTECT_LINK_VALIDITY = Duration.ofDays(7);
    /** The query parameter a link's page reads its language from (the web layer's {@code Languages}). */
    public static final String LANGUAGE_PARAMETER = "lang";
    /** The arguments that are links into the client area. */
    private static final List<String> LINKS = List.of("link", NoticeTexts.PROTECT_LINK);

    private final AccountRepository accounts;
    private final Outbox outbox;
    private final Clock clock;
    private final String companyName;
    private final EmailAddress supportEmail;
    private final ZoneId timeZone;
    private final ProtectLinks protectLinks;
    private final String customerUrl;
    private final SecureRandom random;

    /** @param customerUrl the client area's configured base URL, ending in {@code /}: never a request's Host */
    public SecurityNotices(AccountRepository accounts, Outbox outbox, Clock clock, String companyName,
                           String supportEmail, ZoneId timeZone, ProtectLinks protectLinks, String customerUrl,
                           SecureRandom random) {
        this.protectLinks = Objects.requireNonNull(protectLinks, "The protect links are required.");
        this.customerUrl = Objects.requireNonNull(customerUrl, "The client area's URL is required.");
        this.random = Objects.requireNonNull(random, "A random source is required.");
        this.accounts = Objects.requireNonNull(accounts, "The account repository is required.");
        this.outbox = Objects.requireNonNull(outbox, "An outbox is required.");
        this.clock = Objects.requireNonNull(clock, "A clock is required.");
        this.companyName = Objects.requireNonNull(companyName, "The company name is required.");
        this.supportEmail = EmailAddress.of(supportEmail);
        this.timeZone = Objects.requireNonNull(timeZone, "The time zone is required.");
    }

    /** To the account's registered address. {@code origin}: where the change was asked from (may be unknown). */
    public void send(Account account, SecurityNotice notice, RequestOrigin origin, Map<String, String> arguments) {
        sendTo(account.email(), account, notice, origin, arguments);
    }

    public void send(Account account, SecurityNotice notice, RequestOrigin origin) {
        send(account, notice, origin, Map.of());
    }

    /** To another address than the registered one (the new address after an e-mail change). */
    public void sendTo(EmailAddress recipient, Account account, SecurityNotice notice, RequestOrigin origin,
                       Map<String, String> arguments) {
        Language language = accounts.findLanguage(account.id()).orElse(Language.DEFAULT);
        Map<String, String> values = new HashMap<>(arguments == null ? Map.of() : arguments);
        if (notice.offersProtectLink() && account.realm() == Realm.CUSTOMER) {
            values.put(NoticeTexts.PROTECT_LINK, protectLink(account, recipient));
        }
        // The page a link opens speaks the mail's language, whatever the browser that opens it prefers.
        for (String link : LINKS) {
            values.computeIfPresent(link, (key, url) -> inLanguage(url, language));
        }
        NoticeTexts.Text text = NoticeTexts.compose(notice, language, account.fullName(), clock.instant(), timeZone,
                origin, companyName, supportEmail.value(), values);
        outbox.enqueue(new OutboundMessage(recipient, supportEmail, text.subject(), text.body(), clock.instant()));
    }

    /** {@code url} with the account's language added ({@code …?token=…&lang=sv}), so its page opens in it. */
    static String inLanguage(String url, Language language) {
        if (url.isBlank() || url.contains("?" + LANGUAGE_PARAMETER + "=") || url.contains("&" + LANGUAGE_PARAMETER + "=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + LANGUAGE_PARAMETER + "=" + language.tag();
    }

    /** A new single-use link for this mail, each mail its own (the old and the new address of a change alike). */
    private String protectLink(Account account, EmailAddress recipient) {
        String token = RandomTokens.generate(random);
        Instant now = clock.instant();
        protectLinks.record(account.id(), RandomTokens.sha256Hex(token), RandomTokens.sha256Hex(recipient.value()),
                now, now.plus(PROTECT_LINK_VALIDITY));
        return customerUrl + PROTECT_ROUTE + "?token=" + token;
    }
}
