package com.nordhost.clientarea.domain.securitykey;

import java.time.Duration;
import java.util.List;

/**
 * What the browser's {@code navigator.credentials.get} needs at the login's second step (decision 0024); byte
 * strings base64url without padding. User verification is "preferred".
 *
 * @param allowIds the account's keys: only they may answer
 */
public record AssertionOptions(String challenge, String rpId, List<String> allowIds, Duration timeout) {

    public AssertionOptions {
        allowIds = List.copyOf(allowIds);
    }

    @Override
    public String toString() {
        return "AssertionOptions[rpId=" + rpId + ", keys=" + allowIds.size() + "]";
    }
}
