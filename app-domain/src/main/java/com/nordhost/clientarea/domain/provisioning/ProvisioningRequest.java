package com.nordhost.clientarea.domain.provisioning;

import com.nordhost.clientarea.domain.account.Language;

/**
 * A customer as the API sends it, in full (create, replace; a patch is applied to the current one first).
 * {@code language}, {@code active} and {@code password} may be null: kept as they are (a new customer: English,
 * active, invited). A null {@code externalId} clears it.
 */
public record ProvisioningRequest(String email, String fullName, Language language, String externalId,
                                  Boolean active, String password) {

    @Override
    public String toString() {
        // Never the password, in a log or an exception message.
        return "ProvisioningRequest[email=" + email + ", fullName=" + fullName + ", language=" + language
                + ", externalId=" + externalId + ", active=" + active + ", password="
                + (password == null ? "none" : "given") + "]";
    }
}
