package com.nordhost.clientarea.ui.login;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.recovery.RecoveryLinkOutcome;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestFlow;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.Objects;

/** The confirmation link of a recovery request: proves the registered mailbox and sends the request to support. */
@Route(RecoveryRequestFlow.CONFIRM_ROUTE)
@AnonymousAllowed
public class RecoveryConfirmView extends RecoveryLinkView {

    private final RecoveryRequestFlow recovery;

    @Inject
    public RecoveryConfirmView(RecoveryRequestFlow recovery, DomainSettings settings) {
        super(settings, "recovery.confirm");
        this.recovery = Objects.requireNonNull(recovery, "The recovery requests are required.");
        setId("recovery-confirm-view");
    }

    @Override
    boolean linkWorks(String token) {
        return recovery.confirmLinkWorks(token);
    }

    @Override
    RecoveryLinkOutcome use(String token) {
        return recovery.confirm(token, RequestOrigins.current());
    }
}
