package com.nordhost.clientarea.admin.scim;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.shared.RequestOrigin;

/**
 * What SCIM's DELETE /Users/{id} does to a customer: erase them (issue 19, "Erase"). The one place the provisioning
 * API reaches the erase use case, so binding it is one class: an {@code @ApplicationScoped} implementation that
 * calls the erase use case with the token's name as actor ({@link ScimDeleteErases}).
 */
public interface ScimErasure {

    /**
     * Erases the customer; throws {@link ScimProblem} for any refusal (it becomes the SCIM error body). Returning
     * normally answers 204, after which the id answers 404.
     */
    void erase(ApiCaller caller, AccountId customer, String customerNumber, RequestOrigin origin);
}
