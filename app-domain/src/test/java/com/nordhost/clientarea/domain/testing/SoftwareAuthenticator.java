package com.nordhost.clientarea.domain.testing;

import com.nordhost.clientarea.domain.securitykey.AssertionOptions;
import com.nordhost.clientarea.domain.securitykey.PasskeyRequest;
import com.nordhost.clientarea.domain.securitykey.RegistrationOptions;
import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * A security key in software for tests (one credential, ES256, "none" attestation): answers registrations and
 * logins the way a browser hands them to the server ({@code PublicKeyCredential.toJSON()}), increments its signature
 * counter at every login, and can be copied with its counter as it is now, as a cloned key would be. It verifies its
 * user (the UV flag) unless made {@link #withoutUserVerification()}; after a registration it answers logins with the
 * user handle it was given, as a discoverable credential (a passkey) does.
 */
public final class SoftwareAuthenticator {

    private static final byte UP = 0x01;
    private static final byte UV = 0x04;
    private static final byte AT = 0x40;

    private final ObjectConverter converter = new ObjectConverter();
    private final KeyPair keyPair;
    private final byte[] credentialId;
    private final String origin;
    private final boolean verifiesUser;
    private long signCount;
    private String userHandle;

    public SoftwareAuthenticator(String origin) {
        this(newKeyPair(), randomId(), origin, 0, true, null);
    }

    private SoftwareAuthenticator(KeyPair keyPair, byte[] credentialId, String origin, long signCount,
                                  boolean verifiesUser, String userHandle) {
        this.keyPair = keyPair;
        this.credentialId = credentialId;
        this.origin = origin;
        this.signCount = signCount;
        this.verifiesUser = verifiesUser;
        this.userHandle = userHandle;
    }

    /** A copy holding the same private key and counter (a cloned key). */
    public SoftwareAuthenticator copy() {
        return new SoftwareAuthenticator(keyPair, credentialId.clone(), origin, signCount, verifiesUser, userHandle);
    }

    /** The same key, answering as if the page were on {@code otherOrigin} (a phishing site). */
    public SoftwareAuthenticator at(String otherOrigin) {
        return new SoftwareAuthenticator(keyPair, credentialId.clone(), otherOrigin, signCount, verifiesUser,
                userHandle);
    }

    /**
     * The same credential and counter in an authenticator that does not verify its user (no PIN, fingerprint or
     * face): its answers carry user presence only.
     */
    public SoftwareAuthenticator withoutUserVerification() {
        return new SoftwareAuthenticator(keyPair, credentialId.clone(), origin, signCount, false, userHandle);
    }

    /** Answers with {@code handle} as the user handle (a discoverable credential of another account, forged). */
    public SoftwareAuthenticator withUserHandle(String handle) {
        return new SoftwareAuthenticator(keyPair, credentialId.clone(), origin, signCount, verifiesUser, handle);
    }

    public String credentialId() {
        return b64(credentialId);
    }

    public long signCount() {
        return signCount;
    }

    /** The answer to {@code navigator.credentials.create} with these options. */
    public String register(RegistrationOptions options) {
        userHandle = options.userHandle();
        return register(options.challenge(), options.rpId());
    }

    public String register(String challenge, String rpId) {
        EC2COSEKey key = EC2COSEKey.create((ECPublicKey) keyPair.getPublic(), COSEAlgorithmIdentifier.ES256);
        AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, credentialId, key);
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data =
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), flags(AT), signCount,
                        attested);
        byte[] attestation = new AttestationObjectConverter(converter)
                .convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
        String clientData = clientData("webauthn.create", challenge);
        return "{\"id\":\"" + credentialId() + "\",\"rawId\":\"" + credentialId() + "\",\"type\":\"public-key\","
                + "\"response\":{\"clientDataJSON\":\"" + b64(clientData.getBytes(StandardCharsets.UTF_8))
                + "\",\"attestationObject\":\"" + b64(attestation) + "\",\"transports\":[\"usb\"]},"
                + "\"clientExtensionResults\":{},\"authenticatorAttachment\":\"cross-platform\"}";
    }

    /** The answer to a login page's passkey request (no allow list): the counter goes up by one first. */
    public String answer(PasskeyRequest request) {
        return answer(request.challenge(), request.rpId());
    }

    /** The answer to {@code navigator.credentials.get}: the counter goes up by one first. */
    public String answer(AssertionOptions options) {
        return answer(options.challenge(), options.rpId());
    }

    public String answer(String challenge, String rpId) {
        signCount++;
        byte[] authenticatorData = new AuthenticatorDataConverter(converter).convert(
                new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), flags((byte) 0), signCount));
        byte[] clientData = clientData("webauthn.get", challenge).getBytes(StandardCharsets.UTF_8);
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keyPair.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return "{\"id\":\"" + credentialId() + "\",\"rawId\":\"" + credentialId() + "\",\"type\":\"public-key\","
                + "\"response\":{\"clientDataJSON\":\"" + b64(clientData) + "\",\"authenticatorData\":\""
                + b64(authenticatorData) + "\",\"signature\":\"" + b64(signature) + "\""
                + (userHandle == null ? "" : ",\"userHandle\":\"" + userHandle + "\"") + "},"
                + "\"clientExtensionResults\":{}}";
    }

    private byte flags(byte more) {
        return (byte) (UP | (verifiesUser ? UV : 0) | more);
    }

    private String clientData(String type, String challenge) {
        return "{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}";
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomId() {
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        return id;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
