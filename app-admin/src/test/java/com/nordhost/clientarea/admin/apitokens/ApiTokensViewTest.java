package com.nordhost.clientarea.admin.apitokens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.nordhost.clientarea.web.testing.SignInSteps.navigate;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.nordhost.clientarea.admin.KaribuTest;
import com.nordhost.clientarea.domain.account.Role;
import com.nordhost.clientarea.domain.apitokens.ApiAuthentication;
import com.nordhost.clientarea.domain.apitokens.ApiToken;
import com.nordhost.clientarea.domain.audit.AuditEvent;
import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.crypto.RandomTokens;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokensViewTest extends KaribuTest {

    private static final RequestOrigin ORIGIN = new RequestOrigin("192.0.2.80", "billing");

    private static String result() {
        return _get(Paragraph.class, spec -> spec.withId("api-tokens-result")).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<ApiToken> rows() {
        return GridKt._fetch(_get(Grid.class, spec -> spec.withId("api-tokens-grid")), 0, 1000);
    }

    @SuppressWarnings("unchecked")
    private static Component cell(int row, String key) {
        return GridKt._getCellComponent(_get(Grid.class, spec -> spec.withId("api-tokens-grid")), row, key);
    }

    private static void create(String name) {
        _setValue(_get(TextField.class, spec -> spec.withId("api-token-name")), name);
        _click(_get(Button.class, spec -> spec.withId("api-token-create")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_sees_the_new_token_once_and_only_its_hash_is_stored() {
        Agent admin = newAgent(Role.ADMIN);
        logIn(admin);
        navigate("api-tokens");
        String name = "WHMCS " + UUID.randomUUID().toString().substring(0, 8);

        create(name);

        assertThat(result()).isEqualTo("The token \"" + name + "\" was created. Copy it now: it is shown only this"
                + " once.");
        String secret = _get(TextField.class, spec -> spec.withId("api-token-secret")).getValue();
        assertThat(secret).hasSize(RandomTokens.LENGTH);
        assertThat(_get(TextField.class, spec -> spec.withId("api-token-secret")).isReadOnly()).isTrue();
        _get(Button.class, spec -> spec.withId("api-token-copy"));
        ApiToken row = rows().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(row.createdBy()).isEqualTo(admin.account().email().value());
        assertThat(row.lastUsedAt()).isNull();
        List<Object> hashes = db.inTransaction(() -> (List<Object>) db.transactions().current()
                .createNativeQuery("SELECT token_hash FROM api_token WHERE name = ?").setParameter(1, name)
                .getResultList());
        assertThat(hashes).containsExactly(RandomTokens.sha256Hex(secret));
        assertThat(services.apiTokens().authenticate(secret, ORIGIN)).isInstanceOf(ApiAuthentication.Accepted.class);
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(admin.account().id(), 10)))
                .filteredOn(e -> e.type() == AuditEventType.API_TOKEN_CREATED).extracting(AuditEvent::details)
                .anySatisfy(d -> assertThat(d).containsEntry("token", name).doesNotContainValue(secret));

        // Shown once: the page opened again has no token on it, only the row.
        navigate("customers");
        navigate("api-tokens");
        _assertNone(TextField.class, spec -> spec.withId("api-token-secret"));
        assertThat(rows()).extracting(ApiToken::name).contains(name);
    }

    @Test
    void an_admin_revokes_a_token_and_its_next_call_is_refused() {
        Agent admin = newAgent(Role.ADMIN);
        logIn(admin);
        navigate("api-tokens");
        String name = "Old billing " + UUID.randomUUID().toString().substring(0, 8);
        create(name);
        String secret = _get(TextField.class, spec -> spec.withId("api-token-secret")).getValue();
        int row = rows().stream().map(ApiToken::name).toList().indexOf(name);
        long id = rows().get(row).id();

        _click(_get(cell(row, "actions"), Button.class, spec -> spec.withId("revoke-token-" + id)));
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));

        assertThat(result()).isEqualTo("The token was revoked.");
        assertThat(services.apiTokens().authenticate(secret, ORIGIN)).isInstanceOf(ApiAuthentication.Refused.class);
        int after = rows().stream().map(ApiToken::name).toList().indexOf(name);
        assertThat(rows().get(after).revoked()).isTrue();
        _assertNone(cell(after, "actions"), Button.class);
        assertThat(db.inTransaction(() -> db.auditLog().findBySubject(admin.account().id(), 10)))
                .extracting(AuditEvent::type).contains(AuditEventType.API_TOKEN_REVOKED);
    }

    @Test
    void a_name_that_is_empty_or_taken_is_refused_with_a_message_and_nothing_shown() {
        logIn(newAgent(Role.ADMIN));
        navigate("api-tokens");
        String name = "Twice " + UUID.randomUUID().toString().substring(0, 8);
        create(name);

        create(name);
        assertThat(result()).isEqualTo("A token with this name exists: choose another name.");
        create("   ");
        assertThat(result()).isEqualTo("Give the token a name of at most 60 characters, without line breaks.");
        assertThat(rows().stream().filter(t -> t.name().equals(name))).hasSize(1);
    }
}
