package com.nordhost.clientarea.domain.notification;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Queues a {@link SecurityNotice} for an account in the {@link Outbox}, in the caller's transaction: the mail
 * exists exactly when the change it reports was committed. The text comes from {@link NoticeTexts} in the
 * account's stored language; Reply-To is the support address, so "reply to this message" reaches support.
 * Every use case that changes an authenticator calls this, once per change.
 */
public final class SecurityNotices {

    private final AccountRepository accounts;
    private final Outbox outbox;
    private final Clock clock;
    private final String companyName;
    private final EmailAddress supportEmail;
    private final ZoneId timeZone;

    public SecurityNotices(AccountRepository accounts, Outbox outbox, Clock clock, String companyName,
                           String supportEmail, ZoneId timeZone) {
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
        NoticeTexts.Text text = NoticeTexts.compose(notice, language, account.fullName(), clock.instant(), timeZone,
                origin, companyName, supportEmail.value(), arguments);
        outbox.enqueue(new OutboundMessage(recipient, supportEmail, text.subject(), text.body(), clock.instant()));
    }
}
