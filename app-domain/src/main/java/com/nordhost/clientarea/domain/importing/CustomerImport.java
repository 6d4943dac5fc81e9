package com.nordhost.clientarea.domain.importing;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.EmailAddressTakenException;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.account.Realm;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.AuditTrail;
import com.nordhost.clientarea.domain.onboarding.InvitationMail;
import com.nordhost.clientarea.domain.password.ForeignPasswordHash;
import com.nordhost.clientarea.domain.password.PasswordHasher;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.nordhost.clientarea.domain.shared.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Imports customers from another system (decision 0033), for {@code bin/import-customers} and the back-office's
 * Import customers (ADMIN).
 *
 * <p>Each row is checked by the rules of New customer ({@link CustomerDetailsRules}, so control and look-alike
 * characters and addresses that are no addresses are refused the same way) and imported in its own transaction, all
 * or nothing: the account, its details, its language, the audit event CUSTOMER_IMPORTED and, without a password hash,
 * the invitation (INVITATION_SENT and the mail in the row's language). With a hash the customer signs in with the
 * old password; the first login replaces it with the product's Argon2id.
 *
 * <p>Idempotent: a row whose address belongs to a customer with the same details is {@link RowOutcome.Unchanged}, so a
 * re-run, or a run resumed after a failure, changes nothing that is in already. A customer with other details is a
 * {@link RowProblem.Reason#CONFLICT}: the import never overwrites what the customer or an agent may have changed
 * since. The password hash is not compared (the customer may have signed in and had it replaced).
 *
 * <p>Call it outside any transaction of your own.
 */
public final class CustomerImport {

    private static final Logger LOG = Logger.getLogger(CustomerImport.class.getName());
    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    /** The numbers the product assigns itself (decision 0029): C2000001 and up, from a sequence. */
    private static final Pattern PRODUCT_NUMBER = Pattern.compile("C0*([2-9]\\d{6}|\\d{8,})");
    /** After this many rows in a row that the database refused, the run stops: it is down, not the rows. */
    static final int MAX_FAILURES_IN_A_ROW = 20;

    private final AccountRepository accounts;
    private final InvitationMail invitations;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public CustomerImport(AccountRepository accounts, InvitationMail invitations, AuditTrail audit,
                          Transactions transactions, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.invitations = Objects.requireNonNull(invitations);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Receives each row's outcome as the run goes (progress output). */
    public interface Progress extends Consumer<RowOutcome> {
    }

    /**
     * The rules that need no database: the details, the language, the customer number's form, the hash's format.
     * The preview and {@link #importRow} both start here.
     */
    public static Optional<RowProblem> check(ImportRow row) {
        Optional<CustomerDetailsOutcome.Invalid> invalid = CustomerDetailsRules.firstProblem(row.fullName(),
                row.email(), row.phone(), row.street(), row.postalCode(), row.city(), row.country());
        if (invalid.isPresent()) {
            return Optional.of(new RowProblem(row.line(), RowProblem.Reason.INVALID_FIELD, invalid.get().field(),
                    invalid.get().reason().name()));
        }
        if (!row.language().isEmpty() && Language.fromTag(row.language()).isEmpty()) {
            return Optional.of(new RowProblem(row.line(), RowProblem.Reason.UNKNOWN_LANGUAGE, row.language()));
        }
        if (!row.customerNumber().isEmpty()) {
            if (!CUSTOMER_NUMBER.matcher(row.customerNumber()).matches()) {
                return Optional.of(new RowProblem(row.line(), RowProblem.Reason.CUSTOMER_NUMBER_FORMAT));
            }
            if (PRODUCT_NUMBER.matcher(row.customerNumber()).matches()) {
                return Optional.of(new RowProblem(row.line(), RowProblem.Reason.CUSTOMER_NUMBER_RESERVED,
                        row.customerNumber()));
            }
        }
        if (!row.passwordHash().isEmpty() && !PasswordHasher.checkable(row.passwordHash())) {
            return Optional.of(new RowProblem(row.line(), RowProblem.Reason.UNKNOWN_HASH_FORMAT));
        }
        return Optional.empty();
    }

    /** The name of the row's password format for people (never the hash): "bcrypt", "Argon2id", "none". */
    public static String passwordFormat(ImportRow row) {
        if (row.passwordHash().isEmpty()) {
            return "none";
        }
        if (row.passwordHash().startsWith("$argon2id$")) {
            return "Argon2id";
        }
        return ForeignPasswordHash.parse(row.passwordHash()).map(h -> h.format().name()).orElse("unknown");
    }

    /**
     * What {@link #importRow} would do, without writing anything: a problem, or {@link RowOutcome.Unchanged} for a row
     * that is in already, or empty when it would be imported. For the back-office's preview.
     */
    public Optional<RowOutcome> wouldDo(ImportRow row) {
        Optional<RowProblem> problem = check(row);
        if (problem.isPresent()) {
            return Optional.of(new RowOutcome.Refused(problem.get()));
        }
        Wanted wanted = Wanted.of(row);
        return transactions.inTransaction(() -> existing(wanted));
    }

    /**
     * What {@link #importAll} would do with these lines, written nowhere: the same checks, the same duplicates in the
     * file, the same look at the stored customers, all in one reading transaction. {@code maxRows} bounds the work
     * (the back-office's upload is bounded anyway); lines beyond it are not read.
     */
    public ImportPreview preview(Iterable<CustomerCsv.Line> lines, int maxRows) {
        return transactions.inTransaction(() -> {
            Map<String, Long> addresses = new HashMap<>();
            Map<String, Long> numbers = new HashMap<>();
            List<ImportPreview.Row> rows = new ArrayList<>();
            for (CustomerCsv.Line line : lines) {
                if (rows.size() >= maxRows) {
                    break;
                }
                ImportRow row = line.row();
                Optional<RowProblem> problem = line.problem() != null ? Optional.of(line.problem())
                        : duplicate(row, addresses, numbers).or(() -> check(row));
                if (problem.isPresent()) {
                    rows.add(new ImportPreview.Row(line.number(), row, ImportPreview.Fate.REFUSED, problem.get()));
                    continue;
                }
                Optional<RowOutcome> existing = existing(Wanted.of(row));
                if (existing.isPresent() && existing.get() instanceof RowOutcome.Refused refused) {
                    rows.add(new ImportPreview.Row(line.number(), row, ImportPreview.Fate.REFUSED, refused.problem()));
                } else if (existing.isPresent()) {
                    rows.add(new ImportPreview.Row(line.number(), row, ImportPreview.Fate.UNCHANGED, null));
                } else {
                    rows.add(new ImportPreview.Row(line.number(), row, row.passwordHash().isEmpty()
                            ? ImportPreview.Fate.INVITE : ImportPreview.Fate.IMPORT, null));
                }
            }
            return new ImportPreview(rows);
        });
    }

    /** Imports one row in its own transaction; see the class comment. */
    public RowOutcome importRow(ImportActor actor, ImportRow row, RequestOrigin origin) {
        Objects.requireNonNull(actor, "Who imports is required.");
        Optional<RowProblem> problem = check(row);
        if (problem.isPresent()) {
            return new RowOutcome.Refused(problem.get());
        }
        Wanted wanted = Wanted.of(row);
        RequestOrigin from = origin == null ? RequestOrigin.unknown() : origin;
        try {
            return transactions.inTransaction(() -> importInTransaction(actor, wanted, from));
        } catch (EmailAddressTakenException e) {
            // Created by someone else between our look and our insert: look again, outside the rolled-back one.
            return transactions.inTransaction(() -> existing(wanted)).orElseGet(() ->
                    new RowOutcome.Refused(new RowProblem(row.line(), RowProblem.Reason.NOT_STORED)));
        }
    }

    /**
     * Imports every row in file order, each in its own transaction, and tells {@code progress} of each. Rows that
     * repeat an earlier row's address or customer number are refused; the run stops early only when the database
     * refuses {@link #MAX_FAILURES_IN_A_ROW} rows in a row (a re-run resumes where it stopped).
     */
    public ImportSummary importAll(ImportActor actor, Iterable<CustomerCsv.Line> lines, RequestOrigin origin,
                                   Progress progress) {
        Map<String, Long> addresses = new HashMap<>();
        Map<String, Long> numbers = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        long rows = 0;
        long imported = 0;
        long invited = 0;
        long unchanged = 0;
        int failuresInARow = 0;
        for (CustomerCsv.Line line : lines) {
            rows++;
            RowOutcome outcome = line.problem() != null ? new RowOutcome.Refused(line.problem())
                    : duplicate(line.row(), addresses, numbers)
                            .<RowOutcome>map(RowOutcome.Refused::new)
                            .orElseGet(() -> safely(actor, line.row(), origin));
            if (outcome instanceof RowOutcome.Imported i) {
                imported++;
                invited += i.invited() ? 1 : 0;
            } else if (outcome instanceof RowOutcome.Unchanged) {
                unchanged++;
            } else if (outcome instanceof RowOutcome.Refused r) {
                problems.add(r.problem());
            }
            failuresInARow = outcome instanceof RowOutcome.Refused r
                    && r.problem().reason() == RowProblem.Reason.NOT_STORED ? failuresInARow + 1 : 0;
            if (progress != null) {
                progress.accept(outcome);
            }
            if (failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                return new ImportSummary(rows, imported, invited, unchanged, problems, outcome.line());
            }
        }
        return new ImportSummary(rows, imported, invited, unchanged, problems, 0);
    }

    /** The second row of a file with an address or number of an earlier row is refused, whatever it holds. */
    static Optional<RowProblem> duplicate(ImportRow row, Map<String, Long> addresses, Map<String, Long> numbers) {
        Optional<EmailAddress> address = EmailAddress.parse(row.email().strip());
        if (address.isPresent()) {
            Long first = addresses.putIfAbsent(address.get().value(), row.line());
            if (first != null) {
                return Optional.of(new RowProblem(row.line(), RowProblem.Reason.DUPLICATE_ADDRESS_IN_FILE,
                        Long.toString(first)));
            }
        }
        if (!row.customerNumber().isEmpty()) {
            Long first = numbers.putIfAbsent(row.customerNumber(), row.line());
            if (first != null) {
                return Optional.of(new RowProblem(row.line(), RowProblem.Reason.DUPLICATE_NUMBER_IN_FILE,
                        Long.toString(first)));
            }
        }
        return Optional.empty();
    }

    private RowOutcome safely(ImportActor actor, ImportRow row, RequestOrigin origin) {
        try {
            return importRow(actor, row, origin);
        } catch (RuntimeException e) {
            // The row's transaction rolled back; nothing of it is stored. The message names no hash.
            LOG.log(Level.WARNING, "Import: line " + row.line() + " not stored: " + e);
            return new RowOutcome.Refused(new RowProblem(row.line(), RowProblem.Reason.NOT_STORED));
        }
    }

    private RowOutcome importInTransaction(ImportActor actor, Wanted wanted, RequestOrigin origin) {
        String actorName = ImportActor.IMPORT_TOOL_NAME;
        if (!actor.isTool()) {
            Optional<Account> admin = accounts.findById(actor.admin()).filter(Account::isActiveAdmin);
            if (admin.isEmpty()) {
                return new RowOutcome.Refused(new RowProblem(wanted.line, RowProblem.Reason.NOT_ALLOWED));
            }
            actorName = admin.get().email().value();
        }
        Optional<RowOutcome> existing = existing(wanted);
        if (existing.isPresent()) {
            return existing.get();
        }
        boolean invite = wanted.passwordHash.isEmpty();
        Account customer = accounts.create(Role.CUSTOMER, wanted.details.email(), wanted.details.fullName(),
                invite ? Account.NO_PASSWORD : wanted.passwordHash, clock.instant());
        String customerNumber = wanted.details.customerNumber() != null ? wanted.details.customerNumber()
                : "C" + accounts.nextCustomerNumber();
        CustomerDetails d = wanted.details;
        accounts.saveCustomerDetails(customer.id(), new CustomerDetails(customerNumber, d.fullName(), d.email(),
                d.phone(), d.street(), d.postalCode(), d.city(), d.country()));
        accounts.changeLanguage(customer.id(), wanted.language);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("customerNumber", customerNumber);
        details.put("language", wanted.language.tag());
        details.put("line", Long.toString(wanted.line));
        details.put("password", invite ? "invited" : wanted.passwordFormat);
        audit.record(AuditEventType.CUSTOMER_IMPORTED, customer.id(), actorName, origin, details);
        if (invite) {
            invitations.send(customer, AuditEventType.INVITATION_SENT, actorName, origin, Map.of());
        }
        return new RowOutcome.Imported(wanted.line, customer.id(), customerNumber, invite);
    }

    /** Unchanged, a conflict, or empty when neither the address nor the number is anyone's. */
    private Optional<RowOutcome> existing(Wanted wanted) {
        Optional<Account> byAddress = accounts.findByEmail(Realm.CUSTOMER, wanted.details.email());
        if (byAddress.isPresent()) {
            AccountId id = byAddress.get().id();
            CustomerDetails stored = accounts.findCustomerDetails(id).orElse(null);
            List<String> differ = differences(wanted, byAddress.get(), stored,
                    accounts.findLanguage(id).orElse(Language.DEFAULT));
            if (differ.isEmpty()) {
                return Optional.of(new RowOutcome.Unchanged(wanted.line, id, stored.customerNumber()));
            }
            return Optional.of(new RowOutcome.Refused(new RowProblem(wanted.line, RowProblem.Reason.CONFLICT,
                    String.join(", ", differ))));
        }
        if (wanted.details.customerNumber() != null
                && accounts.findByCustomerNumber(wanted.details.customerNumber()).isPresent()) {
            return Optional.of(new RowOutcome.Refused(new RowProblem(wanted.line,
                    RowProblem.Reason.CUSTOMER_NUMBER_TAKEN, wanted.details.customerNumber())));
        }
        return Optional.empty();
    }

    /** The fields (by My details' names) in which the stored customer differs from the row. */
    private static List<String> differences(Wanted wanted, Account account, CustomerDetails stored,
                                            Language language) {
        List<String> differ = new ArrayList<>();
        if (account.role() != Role.CUSTOMER || stored == null) {
            differ.add("account");
            return differ;
        }
        CustomerDetails w = wanted.details;
        if (!w.fullName().equals(account.fullName())) {
            differ.add("fullName");
        }
        if (w.customerNumber() != null && !w.customerNumber().equals(stored.customerNumber())) {
            differ.add("customerNumber");
        }
        compare(differ, "phone", w.phone(), stored.phone());
        compare(differ, "street", w.street(), stored.street());
        compare(differ, "postalCode", w.postalCode(), stored.postalCode());
        compare(differ, "city", w.city(), stored.city());
        compare(differ, "country", w.country(), stored.country());
        if (wanted.languageGiven && wanted.language != language) {
            differ.add("language");
        }
        return differ;
    }

    private static void compare(List<String> differ, String field, String wanted, String stored) {
        if (!wanted.equals(stored == null ? "" : stored.strip())) {
            differ.add(field);
        }
    }

    /** A row that passed {@link #check}, as it would be stored. */
    private record Wanted(long line, CustomerDetails details, Language language, boolean languageGiven,
                          String passwordHash, String passwordFormat) {

        static Wanted of(ImportRow row) {
            CustomerDetails details = CustomerDetailsRules.cleaned(new CustomerDetails(
                    row.customerNumber().isEmpty() ? null : row.customerNumber(), row.fullName(),
                    EmailAddress.of(row.email().strip()), row.phone(), row.street(), row.postalCode(), row.city(),
                    row.country()));
            Optional<Language> language = Language.fromTag(row.language());
            return new Wanted(row.line(), details, language.orElse(Language.DEFAULT), language.isPresent(),
                    row.passwordHash(), CustomerImport.passwordFormat(row));
        }
    }
}
