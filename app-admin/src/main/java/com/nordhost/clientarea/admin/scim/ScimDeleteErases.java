package com.nordhost.clientarea.admin.scim;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.lifecycle.CustomerErasure;
import com.nordhost.clientarea.domain.lifecycle.ErasureOutcome;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * SCIM's DELETE /Users/{id} erases the customer (decision 0036): personal data goes, the audit trail names a
 * pseudonym, the address is free again; the token's name is the actor and "SCIM delete" the reason.
 */
@ApplicationScoped
public class ScimDeleteErases implements ScimErasure {

    static final String REASON = "SCIM delete";

    @Inject
    CustomerErasure erasure;

    @Override
    public void erase(ApiCaller caller, AccountId customer, String customerNumber, RequestOrigin origin) {
        ErasureOutcome outcome = erasure.eraseForApiClient(caller.tokenName(), customer, REASON, origin);
        if (outcome instanceof ErasureOutcome.Erased) {
            return;
        }
        if (outcome instanceof ErasureOutcome.UnknownCustomer || outcome instanceof ErasureOutcome.AlreadyErased) {
            throw new ScimProblem(Response.Status.NOT_FOUND, null, "No user " + customerNumber + ".");
        }
        throw new ScimProblem(Response.Status.FORBIDDEN, null, "The customer could not be erased.");
    }
}
