package com.nordhost.clientarea.domain.securitykey;

import java.time.Duration;
import java.util.List;

/**
 * What the browser's {@code navigator.credentials.create} needs to make a key for the account (decision 0024); every
 * byte string base64url without padding. Only the challenge's hash stays on the server.
 *
 * @param userHandle  an opaque id of the account for the authenticator (no e-mail address or number in it)
 * @param userName    what the authenticator shows the customer (the e-mail address)
 * @param excludeIds  the account's keys already registered: the same authenticator is not added twice
 * @param passkey     the customer asked for a passkey (decision 0045): the browser must make a discoverable
 *                    credential (resident key "required"); otherwise "preferred", as for every key before
 */
public record RegistrationOptions(String challenge, String rpId, String rpName, String userHandle, String userName,
                                  String userDisplayName, List<String> excludeIds, Duration timeout,
                                  boolean passkey) {

    public RegistrationOptions {
        excludeIds = List.copyOf(excludeIds);
    }

    /** Options for a key that signs in after the password. */
    public RegistrationOptions(String challenge, String rpId, String rpName, String userHandle, String userName,
                               String userDisplayName, List<String> excludeIds, Duration timeout) {
        this(challenge, rpId, rpName, userHandle, userName, userDisplayName, excludeIds, timeout, false);
    }

    @Override
    public String toString() {
        return "RegistrationOptions[rpId=" + rpId + ", keys=" + excludeIds.size() + ", passkey=" + passkey + "]";
    }
}
