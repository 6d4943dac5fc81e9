package com.nordhost.clientarea.domain.provisioning;

import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import java.time.Instant;

/** A customer as the provisioning API sees it: the customer number is its stable id. */
public record ProvisionedCustomer(AccountId accountId, String customerNumber, String fullName, EmailAddress email,
                                  boolean active, Language language, String externalId, Instant createdAt) {

    /**
     * A version that changes whenever anything the API shows changes (the SCIM ETag): a digest of those values,
     * so no column has to be kept in step by every writer of the account.
     */
    public String version() {
        String shown = String.join("\u0000", customerNumber, fullName, email.value(), Boolean.toString(active),
                language.tag(), externalId == null ? "\u0001" : externalId);
        return RandomTokens.sha256Hex(shown).substring(0, 20);
    }
}
