package com.nordhost.clientarea.admin.scim;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * {@link ScimErasure} while the product has no erase use case: 501 with a SCIM error body, nothing changed. Replace
 * this class by one calling the erase use case (decision 0034).
 */
@ApplicationScoped
public class ErasureNotAvailable implements ScimErasure {

    @Override
    public void erase(ApiCaller caller, AccountId customer, String customerNumber, RequestOrigin origin) {
        throw new ScimProblem(Response.Status.NOT_IMPLEMENTED, null,
                "Deleting (erasing) a customer is not available yet; set active to false to deactivate instead.");
    }
}
