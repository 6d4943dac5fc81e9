package com.nordhost.clientarea.domain.activity;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditCursor;
import com.nordhost.clientarea.domain.audit.AuditEntry;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditFilter;
import com.nordhost.clientarea.domain.audit.AuditSearch;
import com.nordhost.clientarea.domain.audit.EventActors;
import com.nordhost.clientarea.domain.shared.BrowserName;
import com.nordhost.clientarea.domain.shared.IpAddressText;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recent security activity (issue 22): the signed-in customer's own security events of the last {@link #WINDOW},
 * newest first, from the audit trail through {@link AuditSearch} (keyset on occurred_at desc, id desc over the index
 * on (account_id, occurred_at, id)). Wrong passwords are summed up, one {@link ActivityItem.WrongPasswords} per run
 * between two listed events, so a flood of guesses is one line; hidden events ({@link CustomerEvents}) are skipped.
 * Only customers have an activity; anyone else gets an empty page. Reads only: nothing is audited.
 */
public final class SecurityActivity {

    public static final Duration WINDOW = Duration.ofDays(90);
    public static final int PAGE_SIZE = 20;
    /** Rows asked of the trail by the first query of a page; each further query of the same page asks twice as many. */
    static final int FIRST_CHUNK = 32;
    static final int MAX_CHUNK = 512;
    /**
     * At most this many rows read for one page: a longer run of wrong passwords ends the page with its summary so far
     * (the next page goes on with the rest), so no page costs more than this, however long the attack.
     */
    static final int MAX_READ = 5_000;
    /** Address changes read to tell "you" from "support" (far more than an account makes in its life). */
    static final int ADDRESS_CHANGES = 200;

    private final AccountRepository accounts;
    private final AuditSearch search;
    private final Transactions transactions;
    private final Clock clock;

    public SecurityActivity(AccountRepository accounts, AuditSearch search, Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.search = Objects.requireNonNull(search);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The first page ({@code before} null) or the page older than {@code before}, of {@link #PAGE_SIZE} items. */
    public ActivityPage page(AccountId accountId, AuditCursor before) {
        return page(accountId, before, PAGE_SIZE);
    }

    ActivityPage page(AccountId accountId, AuditCursor before, int size) {
        return transactions.inTransaction(() -> {
            Optional<Account> account = customer(accountId);
            if (account.isEmpty()) {
                return ActivityPage.empty();
            }
            Instant since = clock.instant().minus(WINDOW);
            EventActors actors = actors(account.get(), since);
            AuditFilter window = new AuditFilter(accountId, null, null, since, null);
            List<ActivityItem> items = new ArrayList<>();
            Run run = null;
            AuditCursor cursor = before;
            int read = 0;
            int chunkSize = Math.max(FIRST_CHUNK, size + size / 2);
            for (; ; chunkSize = Math.min(2 * chunkSize, MAX_CHUNK)) {
                List<AuditEntry> chunk = search.search(window, cursor, chunkSize);
                for (AuditEntry entry : chunk) {
                    AuditEvent event = entry.event();
                    boolean wrongPassword = CustomerEvents.isWrongPassword(event);
                    boolean listed = !wrongPassword && CustomerEvents.shown(event.type());
                    if (listed && run != null) {
                        items.add(run.summary());
                        run = null;
                    }
                    if ((wrongPassword && run == null || listed) && items.size() >= size) {
                        // Full: this entry starts the next page.
                        return new ActivityPage(items, Optional.ofNullable(cursor));
                    }
                    cursor = entry.position();
                    read++;
                    if (wrongPassword) {
                        run = run == null ? new Run(event) : run.and(event);
                    } else if (listed) {
                        items.add(item(event, actors));
                    }
                    if (read >= MAX_READ) {
                        if (run != null) {
                            items.add(run.summary());
                        }
                        return new ActivityPage(items, Optional.of(cursor));
                    }
                }
                if (chunk.size() < chunkSize) {
                    if (run != null) {
                        items.add(run.summary());
                    }
                    return new ActivityPage(items, Optional.empty());
                }
            }
        });
    }

    /**
     * The wrong passwords since the sign-in before the latest one ("since your last login"), within the window; empty
     * when there were none. Shown once after a sign-in, so the latest sign-in is the one just made.
     */
    public Optional<ActivityItem.WrongPasswords> wrongPasswordsSinceLastSignIn(AccountId accountId) {
        return transactions.inTransaction(() -> {
            if (customer(accountId).isEmpty()) {
                return Optional.<ActivityItem.WrongPasswords>empty();
            }
            AuditFilter window = new AuditFilter(accountId, null, null, clock.instant().minus(WINDOW), null);
            Run run = null;
            int signIns = 0;
            AuditCursor cursor = null;
            int read = 0;
            for (int chunkSize = FIRST_CHUNK; read < MAX_READ; chunkSize = Math.min(2 * chunkSize, MAX_CHUNK)) {
                List<AuditEntry> chunk = search.search(window, cursor, chunkSize);
                for (AuditEntry entry : chunk) {
                    AuditEvent event = entry.event();
                    cursor = entry.position();
                    read++;
                    if (CustomerEvents.isSignIn(event.type()) && ++signIns == 2) {
                        return Optional.ofNullable(run).map(Run::summary);
                    }
                    if (CustomerEvents.isWrongPassword(event)) {
                        run = run == null ? new Run(event) : run.and(event);
                    }
                }
                if (chunk.size() < chunkSize) {
                    break;
                }
            }
            return Optional.ofNullable(run).map(Run::summary);
        });
    }

    private Optional<Account> customer(AccountId accountId) {
        return accountId == null ? Optional.empty()
                : accounts.findById(accountId).filter(a -> a.role() == Role.CUSTOMER);
    }

    /**
     * An event of the window was done under the address the account had then; any other address it had then was
     * replaced by an address change after the event, so inside the window too: the window's changes suffice.
     */
    private EventActors actors(Account account, Instant since) {
        // Read only if an event of the page was done by someone else than the address now (support, or the
        // customer under an earlier address).
        return EventActors.forAccount(account.email(), () -> search.search(new AuditFilter(account.id(), null,
                AuditEventType.EMAIL_CHANGED, since, null), null, ADDRESS_CHANGES).stream()
                .map(AuditEntry::event).toList());
    }

    private static ActivityItem.Event item(AuditEvent event, EventActors actors) {
        return new ActivityItem.Event(event.at(), event.type(), IpAddressText.compact(event.sourceIp()),
                event.userAgent() == null || event.userAgent().isBlank() ? null : BrowserName.of(event.userAgent()),
                actors.of(event));
    }

    /** A run of wrong passwords read newest first. */
    private static final class Run {
        private final Instant newest;
        private Instant oldest;
        private int count;
        private final Set<String> addresses = new HashSet<>();

        Run(AuditEvent first) {
            newest = first.at();
            and(first);
        }

        Run and(AuditEvent event) {
            oldest = event.at();
            count++;
            String ip = IpAddressText.compact(event.sourceIp());
            addresses.add(ip == null ? "" : ip);
            return this;
        }

        ActivityItem.WrongPasswords summary() {
            return new ActivityItem.WrongPasswords(oldest, newest, count, addresses.size());
        }
    }
}
