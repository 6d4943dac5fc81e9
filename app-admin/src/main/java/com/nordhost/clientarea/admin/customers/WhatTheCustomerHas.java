package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.admin.shared.ReasonField;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.recovery.RecoveryQueueEntry;
import com.nordhost.clientarea.domain.recovery.RecoveryRequestQueue;
import com.nordhost.clientarea.domain.remembered.RememberedBrowser;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.domain.support.BrowsersForgottenBySupport;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorAppSummary;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "What the customer has" on the customer's page (issue 22): the customer's authenticator apps, security keys and
 * remembered browsers (names, dates, browser and address; nothing secret), an open "lost both" request with its
 * state, and "Forget every remembered browser" with a reason. Support sees what the customer sees in Security
 * settings. Self-contained: the page calls {@link #showFor} on each render.
 */
@Dependent
public class WhatTheCustomerHas extends VerticalLayout {

    private final AuthenticatorApps apps;
    private final SecurityKeys keys;
    private final RememberedBrowsers browsers;
    private final RecoveryRequestQueue recovery;
    private final BrowsersForgottenBySupport forgetting;

    @Inject
    public WhatTheCustomerHas(AuthenticatorApps apps, SecurityKeys keys, RememberedBrowsers browsers,
                              RecoveryRequestQueue recovery, BrowsersForgottenBySupport forgetting) {
        this.apps = Objects.requireNonNull(apps);
        this.keys = Objects.requireNonNull(keys);
        this.browsers = Objects.requireNonNull(browsers);
        this.recovery = Objects.requireNonNull(recovery);
        this.forgetting = Objects.requireNonNull(forgetting);
        setId("customer-has");
        setPadding(false);
    }

    /**
     * @param done told the outcome's text after an action, for the page to show where it reports actions
     */
    public WhatTheCustomerHas showFor(AccountId customer, AccountId agent, String customerName, String email,
                                      Consumer<String> done) {
        removeAll();
        add(new H3(getTranslation("has.apps")));
        List<AuthenticatorAppSummary> appList = apps.list(customer);
        appList.forEach(app -> add(line("has-app-" + app.id(), getTranslation("has.app",
                app.name() == null ? getTranslation("has.firstApp") : app.name(), Formats.time(app.addedAt()),
                when(app.lastUsedAt())))));
        noneIf(appList.isEmpty(), "has-apps-none");

        add(new H3(getTranslation("has.keys")));
        List<SecurityKey> keyList = keys.list(customer);
        keyList.forEach(key -> add(line("has-key-" + key.id(), getTranslation("has.key", key.name(),
                Formats.time(key.addedAt()), when(key.lastUsedAt())))));
        noneIf(keyList.isEmpty(), "has-keys-none");

        add(new H3(getTranslation("has.browsers")));
        List<RememberedBrowser> browserList = browsers.list(customer);
        browserList.forEach(b -> add(line("has-browser-" + b.id(), getTranslation("has.browser", b.browser(),
                b.ip() == null ? "" : b.ip(), Formats.time(b.rememberedAt()), when(b.lastUsedAt())))));
        noneIf(browserList.isEmpty(), "has-browsers-none");
        if (!browserList.isEmpty()) {
            add(forgetAll(customer, agent, customerName, email, done));
        }

        add(new H3(getTranslation("has.recovery")));
        Optional<RecoveryQueueEntry> open = recovery.openFor(agent, customer);
        add(line("has-recovery", open.map(this::recoveryState).orElseGet(() -> getTranslation("has.noRecovery"))));
        return this;
    }

    private VerticalLayout forgetAll(AccountId customer, AccountId agent, String customerName, String email,
                                     Consumer<String> done) {
        ReasonField reason = new ReasonField("has-forget-reason", getTranslation("action.reason"));
        Button forget = new Button(getTranslation("has.forgetAll"), event -> {
            if (!reason.checked()) {
                return;
            }
            new ConfirmDialog(getTranslation("has.forgetAll"),
                    getTranslation("has.forgetConfirm", customerName, email), getTranslation("has.forgetAll"),
                    () -> done.accept(outcome(forgetting.forgetAll(agent, customer, reason.getValue(),
                            RequestOrigins.current())))).open();
        });
        forget.setId("has-forget-all");
        VerticalLayout step = new VerticalLayout(reason, forget);
        step.setPadding(false);
        return step;
    }

    private String outcome(BrowsersForgottenBySupport.Outcome outcome) {
        if (outcome instanceof BrowsersForgottenBySupport.Outcome.Forgotten forgotten) {
            return getTranslation("has.forgotten", forgotten.browsers());
        }
        return getTranslation(outcome instanceof BrowsersForgottenBySupport.Outcome.ReasonRequired
                ? "action.reasonRequired" : "action.notAllowed");
    }

    private String recoveryState(RecoveryQueueEntry entry) {
        if (entry.confirmedAt() == null) {
            return getTranslation("has.recovery.unconfirmed", Formats.time(entry.requestedAt()));
        }
        if (entry.effectiveAt() == null) {
            return getTranslation("has.recovery.confirmed", Formats.time(entry.requestedAt()),
                    Formats.time(entry.confirmedAt()));
        }
        return entry.removalDue() ? getTranslation("has.recovery.due", entry.ticket())
                : getTranslation("has.recovery.approved", entry.ticket(), Formats.time(entry.effectiveAt()));
    }

    private String when(Instant at) {
        return at == null ? getTranslation("has.never") : Formats.time(at);
    }

    private void noneIf(boolean empty, String id) {
        if (empty) {
            add(line(id, getTranslation("has.none")));
        }
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        return line;
    }
}
