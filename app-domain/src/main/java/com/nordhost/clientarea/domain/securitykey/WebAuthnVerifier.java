package com.nordhost.clientarea.domain.securitykey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that speaks webauthn4j (decision 0024): parses the browser's answers (the JSON of
 * {@code PublicKeyCredential.toJSON()}) and checks them against the relying party, the challenge and, for a login,
 * the stored key and its counter. Attestation is not asked for ("none"): any authenticator the customer owns is
 * welcome, so nothing is learnt from a certificate chain. User presence is required, user verification preferred
 * but not required here (a security key without a PIN is still a second factor after the password); a passkey's
 * sign-in alone requires it, which {@code PasskeyCheck} reads from the UV flag once the signature checked.
 */
final class WebAuthnVerifier {

    /** ES256, EdDSA, RS256: what security keys, phones and computers make. */
    static final List<Long> ALGORITHMS = List.of(-7L, -8L, -257L);

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final AttestedCredentialDataConverter credentialData = new AttestedCredentialDataConverter(converter);
    private final RelyingParty relyingParty;
    private final Set<Origin> origins;

    WebAuthnVerifier(RelyingParty relyingParty) {
        this.relyingParty = Objects.requireNonNull(relyingParty);
        this.origins = relyingParty.origins().stream().map(Origin::new).collect(Collectors.toUnmodifiableSet());
    }

    RelyingParty relyingParty() {
        return relyingParty;
    }

    /** A registration answer, parsed; empty when it is not one. */
    Optional<RegistrationData> parseRegistration(String json) {
        try {
            return Optional.of(manager.parseRegistrationResponseJSON(json));
        } catch (RuntimeException notARegistration) {
            return Optional.empty();
        }
    }

    /** A login answer, parsed; empty when it is not one. */
    Optional<AuthenticationData> parseAssertion(String json) {
        try {
            return Optional.of(manager.parseAuthenticationResponseJSON(json));
        } catch (RuntimeException notAnAssertion) {
            return Optional.empty();
        }
    }

    /** The registration answer checked against the challenge; false when anything is wrong. */
    boolean verifyRegistration(RegistrationData data, byte[] challenge) {
        List<PublicKeyCredentialParameters> allowed = ALGORITHMS.stream()
                .map(a -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.create(a)))
                .toList();
        try {
            manager.verify(data, new RegistrationParameters(server(challenge), allowed, false, true));
            return data.getAttestationObject() != null
                    && data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData() != null;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** What a login check ends in. */
    enum Check { PASSED, REFUSED, COUNTER_NOT_INCREASED }

    /** The login answer checked against the challenge, the stored key and its counter. */
    Check verifyAssertion(AuthenticationData data, byte[] challenge, String storedCredentialData, long signCount) {
        try {
            AttestedCredentialData attested = credentialData.convert(decode(storedCredentialData));
            CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null,
                    signCount, attested, null, null, null, null);
            manager.verify(data, new AuthenticationParameters(server(challenge), record,
                    List.of(attested.getCredentialId()), false, true));
            return Check.PASSED;
        } catch (MaliciousCounterValueException clone) {
            return Check.COUNTER_NOT_INCREASED;
        } catch (RuntimeException refused) {
            return Check.REFUSED;
        }
    }

    /**
     * Whether the authenticator verified its user (PIN, fingerprint, face: the UV flag) in a registration answer.
     * Read from the attestation's authenticator data; trustworthy once {@link #verifyRegistration} passed.
     */
    static boolean userVerified(RegistrationData data) {
        return data.getAttestationObject() != null && data.getAttestationObject().getAuthenticatorData() != null
                && data.getAttestationObject().getAuthenticatorData().isFlagUV();
    }

    /** Whether the authenticator verified its user in a login answer; trustworthy once the signature checked. */
    static boolean userVerified(AuthenticationData data) {
        return data.getAuthenticatorData() != null && data.getAuthenticatorData().isFlagUV();
    }

    /** The credential id of a login answer (base64url), to find the key a passkey answer comes from. */
    Optional<String> credentialIdOf(String json) {
        return parseAssertion(json).map(AuthenticationData::getCredentialId).map(WebAuthnVerifier::encode);
    }

    /** The attested credential data (AAGUID, id, public key) of a verified registration, for storing. */
    String credentialDataOf(RegistrationData data) {
        return encode(credentialData.convert(
                data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData()));
    }

    private ServerProperty server(byte[] challenge) {
        return new ServerProperty(origins, relyingParty.id(), new DefaultChallenge(challenge));
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] decode(String base64url) {
        return Base64.getUrlDecoder().decode(base64url);
    }
}
