package com.nordhost.clientarea.web.signin;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.web.twofactor.EnrollmentDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Objects;

/**
 * The step after a right password when a second factor is required and not on yet (decision 0046), the same in both
 * apps: why ({@code login.enrollRequired}), the wizard opened at once ({@link EnrollmentDialog}, unchanged), a button
 * to open it again and one to go back to the password. Nobody is signed in until the wizard has turned 2FA on; then
 * the page asked for opens. Each app words the {@code login.enroll*} texts its own way.
 */
public final class EnrolmentAtLogin implements SignInOptions.SetUpRequired {

    private final Enrollment enrollment;
    private final String companyName;

    public EnrolmentAtLogin(Enrollment enrollment, String companyName) {
        this.enrollment = Objects.requireNonNull(enrollment, "The enrollment is required.");
        this.companyName = Objects.requireNonNull(companyName, "The company name is required.");
    }

    @Override
    public void passwordAccepted(SignInFlow card, Account account) {
        Paragraph required = new Paragraph(card.getTranslation("login.enrollRequired"));
        required.setId("enroll-required");
        Button setUp = new Button(card.getTranslation("login.enrollStart"), event -> open(card, account));
        setUp.setId("enroll-start");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(card.getTranslation("login.cancel"), event -> card.start());
        cancel.setId("enroll-cancel");
        card.showStep(card.getTranslation("login.enrollTitle"), required, setUp, cancel);
        open(card, account);
    }

    private void open(SignInFlow card, Account account) {
        EnrollmentDialog dialog = new EnrollmentDialog(enrollment, account.id(), companyName);
        dialog.addDoneListener(event -> {
            if (event.changed()) {
                card.signIn(account, true);
            } else {
                card.showError(card.getTranslation("login.enrollNotDone"));
            }
        });
        dialog.open();
    }
}
