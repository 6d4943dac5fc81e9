package com.nordhost.clientarea.ui.securitykey;

import com.nordhost.clientarea.domain.securitykey.AssertionOptions;
import com.nordhost.clientarea.domain.securitykey.PasskeyRequest;
import com.nordhost.clientarea.domain.securitykey.RegistrationOptions;
import com.vaadin.flow.component.Component;
import java.io.Serializable;

/**
 * The browser's {@code navigator.credentials} called from the server (decision 0024): a few lines of JavaScript run
 * through {@code executeJs}, no npm package or bundle. The options go over as plain strings (byte strings base64url);
 * the answer comes back as the JSON of {@code PublicKeyCredential.toJSON()}, which the domain checks. A browser that
 * refuses, is cancelled or times out answers with the error's name instead ({@code NotAllowedError}, ...).
 * Nothing here is logged: challenges and answers stay between browser and domain.
 */
public final class BrowserCredentials {

    /** What the browser said: the credential's JSON, or the name of the error it gave. */
    public interface Answer extends Serializable {
        void credential(String json);

        void refused(String errorName);
    }

    /**
     * Decodes base64url, encodes base64url; answers with "error:<name>" rather than rejecting. One ceremony at a time
     * per page: a new call aborts the one still waiting (a passkey offered in the e-mail field's autofill waits until
     * another ceremony starts), as browsers refuse a second request while one is pending.
     */
    private static final String HELPERS = "const b = s => Uint8Array.from(atob(s.replace(/-/g, '+')"
            + ".replace(/_/g, '/')), c => c.charCodeAt(0));"
            + "const e = x => btoa(String.fromCharCode(...new Uint8Array(x))).replace(/\\+/g, '-')"
            + ".replace(/\\//g, '_').replace(/=+$/, '');"
            + "const ids = s => (s ? s.split(',') : []).map(id => ({type: 'public-key', id: b(id)}));"
            + "const fail = x => 'error:' + ((x && x.name) || 'Error');"
            + "if (!window.PublicKeyCredential || !navigator.credentials) { return 'error:NotSupportedError'; }"
            + "if (window.clientareaWebAuthn) { window.clientareaWebAuthn.abort(); }"
            + "const ctl = new AbortController(); window.clientareaWebAuthn = ctl;";

    /** A login answer as {@code PublicKeyCredential.toJSON()} gives it. */
    private static final String ASSERTION_JSON = "const answer = c => JSON.stringify({id: c.id, rawId: e(c.rawId),"
            + " type: c.type, response: {clientDataJSON: e(c.response.clientDataJSON),"
            + " authenticatorData: e(c.response.authenticatorData), signature: e(c.response.signature),"
            + " userHandle: c.response.userHandle ? e(c.response.userHandle) : null},"
            + " clientExtensionResults: {}});";

    /** $8: a passkey (decision 0045), which must be a discoverable credential; user verification stays preferred. */
    private static final String CREATE = HELPERS
            + "return navigator.credentials.create({signal: ctl.signal, publicKey: {challenge: b($0),"
            + " rp: {id: $1, name: $2}, user: {id: b($3), name: $4, displayName: $5},"
            + " pubKeyCredParams: [{type: 'public-key', alg: -7}, {type: 'public-key', alg: -8},"
            + " {type: 'public-key', alg: -257}], timeout: $6, attestation: 'none',"
            + " authenticatorSelection: $8 ? {residentKey: 'required', requireResidentKey: true,"
            + " userVerification: 'preferred'} : {residentKey: 'preferred', userVerification: 'preferred'},"
            + " excludeCredentials: ids($7)}})"
            + ".then(c => JSON.stringify({id: c.id, rawId: e(c.rawId), type: c.type,"
            + " response: {clientDataJSON: e(c.response.clientDataJSON),"
            + " attestationObject: e(c.response.attestationObject),"
            + " transports: c.response.getTransports ? c.response.getTransports() : []},"
            + " clientExtensionResults: {}}), fail);";

    private static final String GET = HELPERS + ASSERTION_JSON
            + "return navigator.credentials.get({signal: ctl.signal, publicKey: {challenge: b($0), rpId: $1,"
            + " timeout: $2, userVerification: 'preferred', allowCredentials: ids($3)}}).then(answer, fail);";

    /**
     * A passkey with no account named (decision 0045): no allow list, so the authenticator offers its discoverable
     * credentials. $3 true: conditional mediation (the passkey appears in the e-mail field's autofill; the promise
     * waits until one is chosen), only where the browser has it. User verification is "preferred" so that a key
     * without it still answers and the server can say why it is not enough.
     */
    private static final String PASSKEY = HELPERS + ASSERTION_JSON
            + "const ask = () => navigator.credentials.get({mediation: $3 ? 'conditional' : 'optional',"
            + " signal: ctl.signal, publicKey: {challenge: b($0), rpId: $1, timeout: $2,"
            + " userVerification: 'preferred', allowCredentials: []}});"
            + "const ready = !$3 ? Promise.resolve(true) : PublicKeyCredential.isConditionalMediationAvailable"
            + " ? PublicKeyCredential.isConditionalMediationAvailable() : Promise.resolve(false);"
            + "return ready.then(ok => ok ? ask().then(answer, fail) : 'error:NotSupportedError', fail);";

    private BrowserCredentials() {
    }

    /** {@code navigator.credentials.create} in {@code host}'s browser, for adding a key. */
    public static void create(Component host, RegistrationOptions options, Answer answer) {
        host.getElement().executeJs(CREATE, options.challenge(), options.rpId(), options.rpName(),
                options.userHandle(), options.userName(), options.userDisplayName(),
                (int) options.timeout().toMillis(), String.join(",", options.excludeIds()), options.passkey())
                .then(String.class, result -> deliver(result, answer), failure -> answer.refused("Error"));
    }

    /** {@code navigator.credentials.get} in {@code host}'s browser, for the login's key step. */
    public static void get(Component host, AssertionOptions options, Answer answer) {
        host.getElement().executeJs(GET, options.challenge(), options.rpId(), (int) options.timeout().toMillis(),
                        String.join(",", options.allowIds()))
                .then(String.class, result -> deliver(result, answer), failure -> answer.refused("Error"));
    }

    /**
     * {@code navigator.credentials.get} for a passkey from the login page, with no account named (decision 0045):
     * {@code conditional} offers it in the e-mail field's autofill and answers when one is chosen there (a browser
     * without conditional mediation answers {@code NotSupportedError} at once); otherwise the browser asks now.
     */
    public static void passkey(Component host, PasskeyRequest request, boolean conditional, Answer answer) {
        host.getElement().executeJs(PASSKEY, request.challenge(), request.rpId(),
                        (int) request.timeout().toMillis(), conditional)
                .then(String.class, result -> deliver(result, answer), failure -> answer.refused("Error"));
    }

    private static void deliver(String result, Answer answer) {
        if (result == null || result.startsWith("error:")) {
            answer.refused(result == null ? "Error" : result.substring("error:".length()));
        } else {
            answer.credential(result);
        }
    }

    /** The message key for a browser's refusal: cancelled and timed out look the same to a page, on purpose. */
    public static String messageKey(String errorName) {
        return switch (errorName) {
            case "NotAllowedError", "AbortError" -> "webauthn.cancelled";
            case "NotSupportedError" -> "webauthn.unsupported";
            case "InvalidStateError" -> "addKey.already";
            case "SecurityError" -> "webauthn.wrongAddress";
            default -> "webauthn.failed";
        };
    }
}
