package com.nordhost.clientarea.persistence.customers;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows that let the back-office find a customer by the start of any word of the name (migration V18): the
 * normalized name from each word on. Kept in step with the name by the account repository, in its transaction.
 */
public final class NameTails {

    /** Words past this are not indexed; names are at most 200 characters, so only a list of initials gets there. */
    static final int MAX_WORDS = 20;

    private NameTails() {
    }

    /** {@code "anna-karin andersson"} gives the whole name, {@code "karin andersson"} and {@code "andersson"}. */
    public static List<String> of(String normalizedName) {
        List<String> tails = new ArrayList<>();
        String tail = normalizedName;
        while (!tail.isEmpty() && tails.size() < MAX_WORDS) {
            tails.add(tail);
            int end = firstBreak(tail);
            if (end < 0) {
                break;
            }
            tail = tail.substring(end + 1).strip();
        }
        return tails;
    }

    /** Replaces the account's rows with those of its (new) name. */
    public static void write(EntityManager em, long accountId, String normalizedName) {
        em.createNativeQuery("DELETE FROM account_name_tail WHERE account_id = ?").setParameter(1, accountId)
                .executeUpdate();
        List<String> tails = of(normalizedName);
        for (int wordNo = 0; wordNo < tails.size(); wordNo++) {
            em.createNativeQuery("INSERT INTO account_name_tail (account_id, word_no, tail) VALUES (?, ?, ?)")
                    .setParameter(1, accountId).setParameter(2, wordNo).setParameter(3, tails.get(wordNo))
                    .executeUpdate();
        }
    }

    private static int firstBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '-') {
                return i;
            }
        }
        return -1;
    }
}
