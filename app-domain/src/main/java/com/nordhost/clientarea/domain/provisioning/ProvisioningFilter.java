package com.nordhost.clientarea.domain.provisioning;

import java.util.Objects;

/** One equality the API can search by: the login (also the primary e-mail address) or the external id. */
public record ProvisioningFilter(Attribute attribute, String value) {

    public enum Attribute { EMAIL, EXTERNAL_ID }

    public ProvisioningFilter {
        Objects.requireNonNull(attribute, "An attribute is required.");
        Objects.requireNonNull(value, "A value is required.");
    }
}
