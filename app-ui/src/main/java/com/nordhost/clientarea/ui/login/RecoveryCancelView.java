package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestFlow;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Objects;

/** The cancel link mailed at approval: the owner who still has the phone stops the removal during the wait. */
@Route(RecoveryRequestFlow.CANCEL_ROUTE)
@AnonymousAllowed
public class RecoveryCancelView extends RecoveryLinkView {

    private final RecoveryRequestFlow recovery;

    @Inject
    public RecoveryCancelView(RecoveryRequestFlow recovery, DomainSettings settings) {
        super(settings, "recovery.cancel");
        this.recovery = Objects.requireNonNull(recovery, "The recovery requests are required.");
        setId("recovery-cancel-view");
    }

    @Override
    boolean linkWorks(String token) {
        return recovery.cancelLinkWorks(token);
    }

    @Override
    RecoveryLinkOutcome use(String token) {
        return recovery.cancel(token, RequestOrigins.current());
    }
}
