package com.nordhost.clientarea.bench.load;

import com.nordhost.clientarea.bench.vaadin.NodeTree;
import com.nordhost.clientarea.bench.vaadin.UidlMessage;
import com.nordhost.clientarea.bench.vaadin.UiConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * The client area's login as a customer's browser goes through it: the login page, e-mail and password, then
 * the code from the app. Each call is a fresh browser (new cookie jar, no device cookie). Signed in means what
 * the product does on success: the session id changes, {@code UI.navigate} sends the browser on (a
 * {@code vaadin-navigate} script in the answer) and the signed-in layout ({@code signed-in-as}) is rendered.
 */
public final class CustomerLogin {

    private final HttpClient http;
    private final URI root;

    public CustomerLogin(HttpClient http, URI root) {
        this.http = http;
        this.root = root;
    }

    /** How a login that succeeded got there. */
    public enum Result { WITH_CODE, PASSWORD_ONLY }

    /**
     * @param code asked for only when the code step appears, so the caller can claim the TOTP step as late as
     *             a person would type it
     */
    public Result signIn(String email, String password, Supplier<String> code)
            throws LoginFailure, IOException, InterruptedException {
        return signIn(new UiConnection(http, root), email, password, code);
    }

    /** The same login in a browser the caller keeps, to look at its cookies afterwards. */
    public Result signIn(UiConnection ui, String email, String password, Supplier<String> code)
            throws LoginFailure, IOException, InterruptedException {
        UidlMessage answer = submitPassword(ui, email, password);
        NodeTree tree = ui.tree();
        if (tree.byElementId("second-factor-code").isEmpty()) {
            if (signedIn(ui, answer)) {
                return Result.PASSWORD_ONLY;
            }
            throw new LoginFailure("password step refused: " + shownError(tree));
        }
        ui.type(required(tree, "second-factor-code"), code.get());
        ui.click(required(tree, "second-factor-submit"));
        answer = ui.flush();
        if (signedIn(ui, answer)) {
            return Result.WITH_CODE;
        }
        String fieldError = tree.byElementId("second-factor-code").flatMap(n -> n.property("errorMessage"))
                .map(String::valueOf).orElse("");
        throw new LoginFailure("code step refused: " + (fieldError.isEmpty() ? shownError(tree) : fieldError));
    }

    /** A wrong password from a fresh browser (the flood): returns the message the page shows. */
    public String failPassword(String email, String wrongPassword) throws LoginFailure, IOException,
            InterruptedException {
        UiConnection ui = new UiConnection(http, root);
        UidlMessage answer = submitPassword(ui, email, wrongPassword);
        if (signedIn(ui, answer) || ui.tree().byElementId("second-factor-code").isPresent()) {
            throw new LoginFailure("wrong password accepted");
        }
        return shownError(ui.tree());
    }

    private static UidlMessage submitPassword(UiConnection ui, String email, String password)
            throws LoginFailure, IOException, InterruptedException {
        ui.open("login");
        NodeTree tree = ui.tree();
        ui.type(required(tree, "login-email"), email);
        ui.type(required(tree, "login-password"), password);
        ui.click(required(tree, "login-submit"));
        return ui.flush();
    }

    /** Whether the page this browser shows is a signed-in one (the header names the customer). */
    public static boolean showsSignedIn(UiConnection ui) {
        return ui.tree().byElementId("signed-in-as").isPresent();
    }

    private static boolean signedIn(UiConnection ui, UidlMessage answer) {
        return answer.navigationTarget().filter(target -> !target.startsWith("login")).isPresent()
                && ui.tree().byElementId("signed-in-as").isPresent();
    }

    private static String shownError(NodeTree tree) {
        return tree.byElementId("login-error").filter(NodeTree.Node::visible).map(tree::text)
                .filter(t -> !t.isBlank()).orElse("(no message)");
    }

    private static NodeTree.Node required(NodeTree tree, String elementId) throws LoginFailure {
        return tree.byElementId(elementId).orElseThrow(() -> new LoginFailure("no " + elementId + " on the page"));
    }
}
