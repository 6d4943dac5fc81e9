package com.nordhost.clientarea.admin.apitokens;

import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.customers.ConfirmDialog;
import com.nordhost.clientarea.admin.customers.Formats;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.apitokens.ApiToken;
import com.nordhost.clientarea.domain.apitokens.ApiTokenOutcome;
import com.nordhost.clientarea.domain.apitokens.ApiTokens;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * API tokens (ADMIN only; decision 0034): the list with name, created, created by, last used and status; a new
 * token, shown once in a read-only field with a copy button (only its hash is stored, so nobody can show it again);
 * revoke, after a confirmation, taking effect at the token's next call.
 */
@Route(value = "api-tokens", layout = BackOfficeLayout.class)
@RolesAllowed(Roles.ADMIN)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokens tokens;
    private final AccountId admin;
    private final Grid<ApiToken> grid = new Grid<>();
    private final Paragraph result = new Paragraph();
    private final VerticalLayout shownOnce = new VerticalLayout();

    @Inject
    public ApiTokensView(ApiTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "The API tokens are required.");
        this.admin = SignIn.current().map(u -> u.id()).orElse(null);
        setId("api-tokens-view");
        result.setId("api-tokens-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        shownOnce.setId("api-token-shown-once");
        shownOnce.setPadding(false);
        shownOnce.setVisible(false);
        configureGrid();
        add(new H2(getTranslation("apiTokens.title")), new Paragraph(getTranslation("apiTokens.intro", "/scim/v2")),
                result, shownOnce, grid, createForm());
        refresh();
    }

    private void configureGrid() {
        grid.setId("api-tokens-grid");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("apiTokens.name")).setAutoWidth(true).setKey("name");
        grid.addColumn(t -> Formats.time(t.createdAt())).setHeader(getTranslation("apiTokens.created"))
                .setAutoWidth(true).setKey("created");
        grid.addColumn(ApiToken::createdBy).setHeader(getTranslation("apiTokens.createdBy")).setAutoWidth(true)
                .setKey("createdBy");
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apiTokens.neverUsed")
                : Formats.time(t.lastUsedAt())).setHeader(getTranslation("apiTokens.lastUsed")).setAutoWidth(true)
                .setKey("lastUsed");
        grid.addColumn(t -> t.revoked() ? getTranslation("apiTokens.revokedAt", Formats.time(t.revokedAt()))
                : getTranslation("apiTokens.active")).setHeader(getTranslation("apiTokens.status")).setKey("status");
        grid.addComponentColumn(this::revokeButton).setKey("actions");
        grid.setAllRowsVisible(true);
    }

    private HorizontalLayout revokeButton(ApiToken token) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!token.revoked()) {
            Button revoke = new Button(getTranslation("apiTokens.revoke"), event -> new ConfirmDialog(
                    getTranslation("apiTokens.revoke"), getTranslation("apiTokens.revokeConfirm", token.name()),
                    getTranslation("apiTokens.revoke"),
                    () -> report(tokens.revoke(admin, token.id(), RequestOrigins.current()))).open());
            revoke.setId("revoke-token-" + token.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        return actions;
    }

    private VerticalLayout createForm() {
        TextField name = new TextField(getTranslation("apiTokens.name"));
        name.setId("api-token-name");
        name.setMaxLength(ApiTokens.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("apiTokens.nameHelp"));
        Button create = new Button(getTranslation("apiTokens.create"), event -> {
            ApiTokenOutcome outcome = tokens.create(admin, name.getValue(), RequestOrigins.current());
            if (outcome instanceof ApiTokenOutcome.Created created) {
                name.clear();
                name.setInvalid(false);
                showOnce(created);
            }
            report(outcome);
        });
        create.setId("api-token-create");
        create.addClickShortcut(Key.ENTER).listenOn(name);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(name, create);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("apiTokens.new")), fields);
        form.setPadding(false);
        return form;
    }

    /** The token, this once: a read-only field (select and copy) and a button that copies it to the clipboard. */
    private void showOnce(ApiTokenOutcome.Created created) {
        TextField secret = new TextField(getTranslation("apiTokens.secret"));
        secret.setId("api-token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("34em");
        Button copy = new Button(getTranslation("apiTokens.copy"), event -> {
            copyToClipboard(created.secret());
            Notification.show(getTranslation("apiTokens.copied"));
        });
        copy.setId("api-token-copy");
        HorizontalLayout row = new HorizontalLayout(secret, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        shownOnce.removeAll();
        shownOnce.add(row);
        shownOnce.setVisible(true);
    }

    private void copyToClipboard(String text) {
        getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text);
    }

    private void report(ApiTokenOutcome outcome) {
        String message;
        if (outcome instanceof ApiTokenOutcome.Created created) {
            message = getTranslation("apiTokens.createdOnce", created.token().name());
        } else if (outcome instanceof ApiTokenOutcome.Revoked) {
            shownOnce.setVisible(false);
            shownOnce.removeAll();
            message = getTranslation("apiTokens.revoked");
        } else if (outcome instanceof ApiTokenOutcome.InvalidName) {
            message = getTranslation("apiTokens.invalidName");
        } else if (outcome instanceof ApiTokenOutcome.NameTaken) {
            message = getTranslation("apiTokens.nameTaken");
        } else if (outcome instanceof ApiTokenOutcome.UnknownToken) {
            message = getTranslation("apiTokens.unknown");
        } else {
            message = getTranslation("action.notAllowed");
        }
        refresh();
        result.setText(message);
        result.setVisible(true);
        Notification.show(message);
    }

    private void refresh() {
        grid.setItems(tokens.list(admin));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiTokens.title") + " | " + getTranslation("app.backOffice");
    }
}
