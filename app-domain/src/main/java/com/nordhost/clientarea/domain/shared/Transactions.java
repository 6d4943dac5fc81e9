package com.nordhost.clientarea.domain.shared;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction, so a use case's changes and its audit event commit together.
 * A use case returns failures as values (not exceptions), so failed-attempt counters still commit.
 */
@Port
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
