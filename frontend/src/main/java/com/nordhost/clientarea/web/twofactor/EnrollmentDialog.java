package com.nordhost.clientarea.web.twofactor;

import com.nordhost.clientarea.web.accessibility.Announcements;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.domain.twofactor.EnrollmentOutcome;
import com.nordhost.clientarea.domain.twofactor.PendingEnrollment;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.Objects;

/**
 * The enrollment wizard of the help article: a short explanation and the red {@code Get started} button;
 * then the QR code (id {@code enrollment-qr}), the key in groups for typing by hand (id
 * {@code enrollment-secret}), the code field and the red {@code Submit} button; then the confirmation, the
 * backup code and the red {@code Close} button. Closing it half-way (Esc, the X) changes nothing: a pending
 * enrollment is not a second factor and is replaced by the next one.
 */
public class EnrollmentDialog extends SettingsDialog {

    private static final System.Logger LOG = System.getLogger(EnrollmentDialog.class.getName());

    private final Enrollment enrollment;
    private final AccountId accountId;
    private final String companyName;
    private final VerticalLayout body = new VerticalLayout();

    /** @param companyName named in the backup-code file the last step offers */
    public EnrollmentDialog(Enrollment enrollment, AccountId accountId, String companyName) {
        this.enrollment = Objects.requireNonNull(enrollment, "The enrollment use case is required.");
        this.accountId = Objects.requireNonNull(accountId, "An account is required.");
        this.companyName = Objects.requireNonNull(companyName, "The company name is required.");
        setId("enrollment-dialog");
        setHeaderTitle(getTranslation("enroll.title"));
        DialogButtons.addCloseX(this);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setWidth("min(32rem, 95vw)");
        body.setPadding(false);
        add(body);
        showIntroduction();
    }

    private void showIntroduction() {
        body.removeAll();
        Button getStarted = DialogButtons.redPrimary(getTranslation("enroll.getStarted"), event -> showQrCode());
        getStarted.setId("enrollment-get-started");
        body.add(new Paragraph(getTranslation("enroll.intro")),
                new Paragraph(getTranslation("enroll.introApps")), getStarted);
        getStarted.focus();
    }

    private void showQrCode() {
        PendingEnrollment pending = enrollment.start(accountId, RequestOrigins.current());
        body.removeAll();

        OneTimeCodeField code = new OneTimeCodeField(getTranslation("enroll.codeLabel"));
        code.setId("enrollment-code");
        code.setWidthFull();
        Button submit = DialogButtons.redPrimary(getTranslation("enroll.submit"), event -> confirm(code));
        submit.setId("enrollment-submit");
        submit.addClickShortcut(Key.ENTER).listenOn(code);

        body.add(KeyToScan.parts(this, pending, "enrollment"));
        body.add(code, submit);
        code.focus();
    }

    private void confirm(OneTimeCodeField code) {
        EnrollmentOutcome outcome = enrollment.confirm(accountId, code.getValue(), RequestOrigins.current());
        if (outcome instanceof EnrollmentOutcome.Activated activatedOutcome) {
            changed(null);
            // Every other session of the account ends at its next request; this one goes on.
            SignIn.sessionEpochAdvanced(activatedOutcome.sessionEpoch());
            LOG.log(System.Logger.Level.INFO, "Two-factor authentication activated for account {0}", accountId);
            showConfirmation(activatedOutcome);
        } else if (outcome instanceof EnrollmentOutcome.MalformedCode malformed) {
            showError(code, getTranslation(malformed.problem().messageKey()));
        } else if (outcome instanceof EnrollmentOutcome.WrongCode wrong) {
            showError(code, WrongCodeMessage.of(this, "enroll.wrongCode", wrong.clockOffset()));
        } else {
            // Expired or no longer pending: the key shown is no good any more.
            showError(code, getTranslation("enroll.expired"));
        }
    }

    private void showError(OneTimeCodeField code, String message) {
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }

    private void showConfirmation(EnrollmentOutcome.Activated outcome) {
        body.removeAll();
        H3 done = new H3(getTranslation("enroll.activated"));
        done.setId("enrollment-activated");
        Button close = DialogButtons.redPrimary(getTranslation("common.close"), event -> close());
        close.setId("enrollment-close");
        body.add(done, new BackupCodePanel(outcome.backupCode(), companyName), close);
        close.focus();
        // The focus lands on Close: a screen reader reads the outcome from the page's live region.
        Announcements.announce(this, done.getText());
    }
}
