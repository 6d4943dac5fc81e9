package com.nordhost.clientarea.bench.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Replays the UIDL answers of a real customer login with 2FA (captured from the product, Vaadin 24.9) through
 * the node tree: each step's fields must be found by element id, the login card's old content must be gone,
 * and the last answer must read as "signed in". A Vaadin upgrade that changes the message shape fails here.
 */
class CapturedLoginTest {

    @Test
    void the_login_page_offers_the_fields_and_the_button_with_their_listeners() throws IOException {
        NodeTree tree = new NodeTree();
        UidlMessage page = replay(tree, "1-navigate-to-login.txt");

        NodeTree.Node email = tree.byElementId("login-email").orElseThrow();
        assertThat(email.tag()).contains("vaadin-text-field");
        assertThat(email.listensTo("change")).isTrue();
        assertThat(tree.byElementId("login-password").orElseThrow().tag()).contains("vaadin-password-field");
        assertThat(tree.byElementId("login-submit").orElseThrow().listensTo("click")).isTrue();
        // Flow sends a hidden component's attributes only once it is shown: no message line yet.
        assertThat(tree.byElementId("login-error")).isEmpty();
        assertThat(page.navigationTarget()).isEmpty();
        assertThat(page.syncId()).isEqualTo(1);
        assertThat(page.clientId()).contains(1);
    }

    @Test
    void the_right_password_replaces_the_card_with_the_code_step() throws IOException {
        NodeTree tree = new NodeTree();
        replay(tree, "1-navigate-to-login.txt");
        UidlMessage answer = replay(tree, "2-right-password.txt");

        assertThat(tree.byElementId("login-password")).isEmpty();
        assertThat(tree.byElementId("second-factor-code").orElseThrow().listensTo("change")).isTrue();
        assertThat(tree.byElementId("second-factor-submit")).isPresent();
        assertThat(answer.navigationTarget()).isEmpty();
    }

    @Test
    void the_right_code_navigates_to_the_signed_in_start_page() throws IOException {
        NodeTree tree = new NodeTree();
        replay(tree, "1-navigate-to-login.txt");
        replay(tree, "2-right-password.txt");
        UidlMessage answer = replay(tree, "3-right-code.txt");

        assertThat(answer.navigationTarget()).contains(".");
        NodeTree.Node signedInAs = tree.byElementId("signed-in-as").orElseThrow();
        assertThat(tree.text(signedInAs)).contains("Bench Customer 7");
        assertThat(tree.byElementId("second-factor-code")).isEmpty();
        assertThat(answer.problem()).isEmpty();
    }

    private static UidlMessage replay(NodeTree tree, String capture) throws IOException {
        try (InputStream in = CapturedLoginTest.class.getResourceAsStream("/uidl/" + capture)) {
            UidlMessage message = UidlMessage.fromUidlResponse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            tree.apply(message.changes());
            return message;
        }
    }
}
