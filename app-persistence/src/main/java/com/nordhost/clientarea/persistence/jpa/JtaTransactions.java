package com.nordhost.clientarea.persistence.jpa;

import com.nordhost.clientarea.domain.shared.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * The domain's {@link Transactions} in the server: a JTA transaction around the work (joined when
 * one is already active). An unchecked exception rolls it back; a returned value commits it, so a
 * use case that reports a failure as a value still commits its failure counter and audit event.
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
