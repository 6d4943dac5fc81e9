package com.nordhost.clientarea.domain.customers;

import java.util.Objects;

/**
 * A keyset position: the sort key and id of the last row a page ended with. The next page starts
 * strictly after it ({@code (key, id) > (:key, :id)}), so a deep page costs as much as the first.
 */
public record Cursor(String key, long id) {

    public Cursor {
        Objects.requireNonNull(key, "A sort key is required.");
    }
}
