package com.nordhost.clientarea.persistence.customers;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.customers.Cursor;
import com.nordhost.clientarea.domain.customers.CustomerQuery;
import com.nordhost.clientarea.domain.customers.CustomerSummary;
import com.nordhost.clientarea.domain.testing.MutableClock;
import com.nordhost.clientarea.persistence.testing.DatabaseTest;
import com.nordhost.clientarea.persistence.testing.TestDatabase;
import com.nordhost.clientarea.domain.customers.CustomerSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Customer search over the real database (H2 here; {@link PostgresCustomerDirectoryTest} on PostgreSQL). */
class CustomerDirectoryTest extends DatabaseTest {

    private CustomerSearch search;
    private Account anna;

    @BeforeAll
    void seed() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        search = db.services(clock).customerSearch();
        anna = db.createCustomer("anna@example.com", "Anna Andersson", "correct horse 1");
        db.createCustomer("anna@example.com.au", "Anna Berg", "correct horse 1");
        db.createCustomer("annika_x@example.com", "Annika Holm", "correct horse 1");
        for (int i = 0; i < 25; i++) {
            db.createCustomer(String.format("bulk%02d@example.org", i), "Bulk Person " + i, "correct horse 1");
        }
        db.createCustomer("asa.oberg@example.se", "Åsa Öberg", "correct horse 1");
        // Staff never appear in the customer search, even with a matching address.
        db.createStaff(Role.SUPPORT, "anna@example.com", "Anna Agent", "agent-password-1");
    }

    private static List<String> emails(List<CustomerSummary> hits) {
        return hits.stream().map(h -> h.email().value()).toList();
    }

    @Test
    void exact_email_finds_only_that_customer() {
        List<CustomerSummary> hits = search.search(
                new CustomerQuery(CustomerQuery.Kind.EMAIL_EXACT, "  ANNA@Example.com "), null, 10);
        assertThat(emails(hits)).containsExactly("anna@example.com");
        assertThat(hits.get(0).customerNumber()).isEqualTo(TestDatabase.customerNumberFor(anna));
        assertThat(hits.get(0).fullName()).isEqualTo("Anna Andersson");
    }

    @Test
    void email_prefix_is_ordered_and_treats_wildcards_literally() {
        assertThat(emails(search.search(CustomerQuery.detect("anna@"), null, 10)))
                .containsExactly("anna@example.com", "anna@example.com.au");
        assertThat(emails(search.search(
                new CustomerQuery(CustomerQuery.Kind.EMAIL_PREFIX, "ann_"), null, 10)))
                .isEmpty();
        assertThat(emails(search.search(
                new CustomerQuery(CustomerQuery.Kind.EMAIL_PREFIX, "annika_"), null, 10)))
                .containsExactly("annika_x@example.com");
    }

    @Test
    void name_prefix_and_customer_number() {
        assertThat(search.search(CustomerQuery.detect("anna"), null, 10))
                .extracting(CustomerSummary::fullName).containsExactly("Anna Andersson", "Anna Berg");
        assertThat(search.search(CustomerQuery.detect("ÅSA Ö"), null, 10))
                .extracting(CustomerSummary::fullName).containsExactly("Åsa Öberg");
        String number = TestDatabase.customerNumberFor(anna);
        assertThat(search.search(CustomerQuery.detect(number.toLowerCase()), null, 10))
                .extracting(CustomerSummary::customerNumber).containsExactly(number);
    }

    @Test
    void keyset_pages_cover_every_hit_once_in_order() {
        CustomerQuery query = new CustomerQuery(CustomerQuery.Kind.EMAIL_PREFIX, "bulk");
        List<String> seen = new ArrayList<>();
        Cursor after = null;
        for (int page = 0; page < 10; page++) {
            List<CustomerSummary> hits = search.search(query, after, 7);
            if (hits.isEmpty()) {
                break;
            }
            seen.addAll(emails(hits));
            after = hits.get(hits.size() - 1).position();
        }
        assertThat(seen).hasSize(25).doesNotHaveDuplicates().isSorted();
        // By customer number too (the unique number is the key).
        List<CustomerSummary> first = search.search(CustomerQuery.detect("C1"), null, 5);
        List<CustomerSummary> second = search.search(CustomerQuery.detect("C1"),
                first.get(4).position(), 5);
        assertThat(second).hasSize(5);
        assertThat(second.get(0).customerNumber()).isGreaterThan(first.get(4).customerNumber());
    }

    @Test
    void a_name_is_found_by_the_start_of_any_word_each_customer_once() {
        Account zelda = db.createCustomer("zelda@example.net", "Zelda-Mae Quist Quinn", "correct horse 1");
        db.createCustomer("quentin@example.net", "Quentin Zorn", "correct horse 1");

        assertThat(search.search(CustomerQuery.detect("quist"), null, 10))
                .extracting(CustomerSummary::fullName).containsExactly("Zelda-Mae Quist Quinn");
        assertThat(search.search(CustomerQuery.detect("MAE"), null, 10))
                .extracting(CustomerSummary::fullName).as("after a hyphen").containsExactly("Zelda-Mae Quist Quinn");
        assertThat(search.search(CustomerQuery.detect("quist qu"), null, 10))
                .extracting(CustomerSummary::fullName).as("several words from the middle")
                .containsExactly("Zelda-Mae Quist Quinn");
        // "Qu" starts two of Zelda's words and one of Quentin's: each customer once, ordered by the matching words.
        assertThat(search.search(CustomerQuery.detect("qu"), null, 10))
                .extracting(CustomerSummary::fullName).containsExactly("Quentin Zorn", "Zelda-Mae Quist Quinn");
        assertThat(search.search(CustomerQuery.detect("uist"), null, 10)).as("not inside a word").isEmpty();

        db.transactions().run(() -> db.accounts().saveCustomerDetails(zelda.id(), new CustomerDetails(
                TestDatabase.customerNumberFor(zelda), "Zelda Nyström", zelda.email(), "+46 8 123 456 00",
                "Storgatan 1", "111 22", "Stockholm", "Sweden")));
        assertThat(search.search(CustomerQuery.detect("quist"), null, 10)).as("after a rename").isEmpty();
        assertThat(search.search(CustomerQuery.detect("nyström"), null, 10))
                .extracting(CustomerSummary::fullName).containsExactly("Zelda Nyström");
    }

    @Test
    void keyset_pages_over_a_surname_cover_every_hit_once() {
        List<String> seen = new ArrayList<>();
        Cursor after = null;
        for (int page = 0; page < 10; page++) {
            List<CustomerSummary> hits = search.search(CustomerQuery.detect("person"), after, 7);
            if (hits.isEmpty()) {
                break;
            }
            hits.forEach(hit -> seen.add(hit.fullName()));
            after = hits.get(hits.size() - 1).position();
        }
        assertThat(seen).hasSize(25).doesNotHaveDuplicates().allMatch(name -> name.startsWith("Bulk Person "));
    }

    @Test
    void empty_query_finds_nobody() {
        assertThat(search.search(CustomerQuery.detect("   "), null, 10)).isEmpty();
    }
}
