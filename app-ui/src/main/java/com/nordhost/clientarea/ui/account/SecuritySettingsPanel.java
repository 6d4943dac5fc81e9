package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.activity.SecurityActivity;
import com.nordhost.clientarea.domain.privacy.MyDataExport;
import com.nordhost.clientarea.domain.profile.PasswordChange;
import com.nordhost.clientarea.domain.remembered.RememberedBrowsers;
import com.nordhost.clientarea.domain.signin.SignIns;
import com.nordhost.clientarea.domain.twofactor.AuthenticatorApps;
import com.nordhost.clientarea.domain.securitykey.SecurityKey;
import com.nordhost.clientarea.domain.securitykey.SecurityKeys;
import com.nordhost.clientarea.domain.securitykey.SecurityKeyRegistration;
import com.nordhost.clientarea.domain.twofactor.BackupCodeRenewal;
import com.nordhost.clientarea.domain.twofactor.DisableTwoFactor;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.domain.twofactor.RequiredTwoFactor;
import com.nordhost.clientarea.domain.twofactor.TwoFactorOverview;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirement;
import com.nordhost.clientarea.domain.twofactor.TwoFactorSummary;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.nordhost.clientarea.web.twofactor.EnrollmentDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The Security settings tab: whether two-factor authentication is on and since when, the apps the help
 * article recommends, the green {@code Click here to enable} or the red {@code Click here to disable}
 * button (disabled, with the reason, while two-factor authentication is required: decision 0046), a new backup code, the authenticator apps, the security keys and the remembered browsers (while 2FA
 * is on), changing the password, Recent security activity (decision 0039) and "Download my data" (decision
 * 0031).
 */
@Dependent
public class SecuritySettingsPanel extends VerticalLayout {

    private final TwoFactorOverview overview;
    private final Enrollment enrollment;
    private final DisableTwoFactor disable;
    private final BackupCodeRenewal backupCodeRenewal;
    private final PasswordChange passwordChange;
    private final RememberedBrowsers rememberedBrowsers;
    private final AuthenticatorApps authenticatorApps;
    private final DomainSettings settings;
    private final SignedInUser user;
    private final SecurityKeys securityKeys;
    private final SecurityKeyRegistration keyRegistration;
    private final MyDataExport myData;
    private final SecurityActivity activity;
    private final SignIns signIns;
    /** "Two-factor authentication is on/off": where focus returns after the wizard or Disable closes. */
    private Paragraph status;
    private Button changePassword;
    private final RequiredTwoFactor required;

    /** For the person signed in now (built per showing of the tab, {@code @Dependent}). */
    @Inject
    public SecuritySettingsPanel(TwoFactorOverview overview, Enrollment enrollment, DisableTwoFactor disable,
                                 BackupCodeRenewal backupCodeRenewal, PasswordChange passwordChange,
                                 RememberedBrowsers rememberedBrowsers, AuthenticatorApps authenticatorApps,
                                 DomainSettings settings, SecurityKeys securityKeys,
                                 SecurityKeyRegistration keyRegistration, MyDataExport myData,
                                 SecurityActivity activity, SignIns signIns, RequiredTwoFactor required) {
        this.required = required;
        this.myData = myData;
        this.activity = activity;
        this.signIns = signIns;
        this.securityKeys = securityKeys;
        this.keyRegistration = keyRegistration;
        this.rememberedBrowsers = rememberedBrowsers;
        this.authenticatorApps = authenticatorApps;
        this.overview = overview;
        this.enrollment = enrollment;
        this.disable = disable;
        this.backupCodeRenewal = backupCodeRenewal;
        this.passwordChange = passwordChange;
        this.settings = settings;
        this.user = SignIn.current().orElseThrow(() -> new IllegalStateException("Nobody is signed in."));
        setId("security-settings");
        setPadding(false);
        refresh();
    }

    private void refresh() {
        removeAll();
        TwoFactorSummary summary = overview.of(user.id());
        add(new H3(getTranslation("security.twoFactor.title")), new Paragraph(getTranslation("security.twoFactor.what")));

        status = new Paragraph();
        status.setId("twofactor-status");
        if (summary.enabled()) {
            status.setText(summary.enabledAt() == null ? getTranslation("security.status.on")
                    : getTranslation("security.status.onSince", formatDate(summary)));
            status.addClassName("status-on");
        } else {
            status.setText(getTranslation("security.status.off"));
            status.addClassName("status-off");
        }
        add(status);
        if (summary.locked()) {
            Paragraph locked = new Paragraph(getTranslation("security.status.locked", settings.supportEmail()));
            locked.addClassName("alert");
            add(locked);
        }

        if (summary.enabled()) {
            Button disable = new Button(getTranslation("security.disable"), event -> openDisable());
            disable.setId("twofactor-disable");
            disable.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            disable.addClassName("disable-button");
            Button newBackupCode = new Button(getTranslation("security.newBackupCode"), event -> openNewBackupCode());
            newBackupCode.setId("new-backup-code");
            add(new HorizontalLayout(disable, newBackupCode));
            // Decision 0046: while it is required the button stays where the customer looks for it, disabled, with why.
            TwoFactorRequirement requirement = required.of(user.id());
            if (requirement.required()) {
                disable.setEnabled(false);
                Paragraph why = new Paragraph(requirement.source() == TwoFactorRequirement.Source.SETTING
                        ? getTranslation("requirement.bySetting", settings.companyName())
                        : getTranslation("requirement.bySupport", requirement.supportTicket(), settings.supportEmail()));
                why.setId("twofactor-required-reason");
                why.addClassName("info");
                add(why);
            }
        } else {
            Button enable = new Button(getTranslation("security.enable"), event -> openEnrollment());
            enable.setId("twofactor-enable");
            enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            enable.addClassName("enable-button");
            add(enable);
        }

        add(recommendedApps());

        if (summary.enabled()) {
            add(new AuthenticatorAppsSection(authenticatorApps, user, settings.timeZone()));
            add(new SecurityKeysSection(securityKeys, keyRegistration, user, settings.timeZone()));
            add(new RememberedBrowsersSection(rememberedBrowsers, user, settings.timeZone()));
        }

        changePassword = new Button(getTranslation("security.changePassword"), event -> openChangePassword());
        changePassword.setId("change-password");
        add(new H3(getTranslation("security.password.title")), changePassword);

        add(new SignInsSection(signIns, SignIn.current().orElse(user), settings.timeZone()));
        add(new SecurityActivitySection(activity, user, settings.timeZone()));

        Button download = new Button(getTranslation("myData.download"), event -> openMyData());
        download.setId("download-my-data");
        add(new H3(getTranslation("myData.title")), new Paragraph(getTranslation("myData.what")), download);
    }

    private String formatDate(TwoFactorSummary summary) {
        ZoneId zone = settings.timeZone();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(summary.enabledAt().atZone(zone));
    }

    private Div recommendedApps() {
        Div apps = new Div();
        apps.setId("recommended-apps");
        apps.add(new H4(getTranslation("security.apps.title")),
                new Paragraph(getTranslation("security.apps.ios")),
                new UnorderedList(new ListItem("Authenticator"), new ListItem("Authy"),
                        new ListItem("Google Authenticator"), new ListItem("Step Two")),
                new Paragraph(getTranslation("security.apps.android")),
                new UnorderedList(new ListItem("2FA Authenticator"), new ListItem("Authy"),
                        new ListItem("Google Authenticator")));
        return apps;
    }

    private void openEnrollment() {
        EnrollmentDialog dialog = new EnrollmentDialog(enrollment, user.id(), settings.companyName());
        // The opener ("Click here to enable") is gone after the redraw: focus goes to the new status.
        dialog.addDoneListener(event -> {
            refresh();
            FocusReturn.to(status);
        });
        dialog.open();
    }

    private void openDisable() {
        long passkeys = securityKeys.list(user.id()).stream().filter(SecurityKey::signsInAlone).count();
        DisableTwoFactorDialog dialog = new DisableTwoFactorDialog(disable, user.id(), passkeys);
        dialog.addDoneListener(event -> {
            refresh();
            FocusReturn.to(status);
        });
        dialog.open();
    }

    private void openNewBackupCode() {
        new NewBackupCodeDialog(backupCodeRenewal, user.id(), settings.companyName()).open();
    }

    private void openMyData() {
        new DownloadMyDataDialog(myData, user.id(), settings.timeZone()).open();
    }

    private void openChangePassword() {
        ChangePasswordDialog dialog = new ChangePasswordDialog(passwordChange, user.id());
        // A changed password forgot every remembered browser: the list must say so.
        dialog.addDoneListener(event -> {
            refresh();
            FocusReturn.to(changePassword);
        });
        dialog.open();
    }
}
