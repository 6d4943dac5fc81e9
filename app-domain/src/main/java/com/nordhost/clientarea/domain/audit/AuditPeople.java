package com.nordhost.clientarea.domain.audit;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.Realm;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts names to a page of audit entries with one read of the accounts it mentions. The subject is an account
 * id. The actor is stored as an address, which may exist once per realm: it is the subject itself when the
 * addresses agree (a customer or agent acting on their own account), otherwise preferably the agent, as only
 * agents act on other people's accounts.
 */
final class AuditPeople {

    private final Map<AccountId, Account> byId;
    private final Map<String, Account> byEmail;

    private AuditPeople(List<Account> accounts) {
        byId = accounts.stream().collect(Collectors.toMap(Account::id, Function.identity(), (a, b) -> a));
        byEmail = accounts.stream()
                .sorted(Comparator.comparing(a -> a.realm() == Realm.STAFF ? 0 : 1))
                .collect(Collectors.toMap(a -> a.email().value(), Function.identity(), (staff, customer) -> staff));
    }

    /** Reads the accounts of the page; call it in the page's transaction. */
    static List<AuditLine> lines(AccountRepository accounts, List<AuditEntry> page) {
        Set<AccountId> subjects = page.stream().map(e -> e.event().subject()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> actors = page.stream().map(e -> e.event().actor()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        AuditPeople people = new AuditPeople(page.isEmpty() ? List.of() : accounts.findByIdsOrEmails(subjects, actors));
        return page.stream().map(people::line).toList();
    }

    private AuditLine line(AuditEntry entry) {
        AuditEvent event = entry.event();
        Optional<Account> subject = Optional.ofNullable(event.subject()).map(byId::get);
        Optional<Account> actor = subject.filter(s -> s.email().value().equals(event.actor()))
                .or(() -> Optional.ofNullable(event.actor()).map(byEmail::get));
        return new AuditLine(entry,
                subject.map(AuditPerson::of).orElse(AuditPerson.NOBODY),
                actor.map(AuditPerson::of).orElse(new AuditPerson(event.actor(), "")));
    }
}
