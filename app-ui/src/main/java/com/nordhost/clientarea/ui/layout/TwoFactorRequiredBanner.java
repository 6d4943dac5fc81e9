package com.nordhost.clientarea.ui.layout;

import com.nordhost.clientarea.domain.DomainSettings;
import com.nordhost.clientarea.domain.twofactor.Enrollment;
import com.nordhost.clientarea.domain.twofactor.RequiredTwoFactor;
import com.nordhost.clientarea.domain.twofactor.TwoFactorRequirement;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.nordhost.clientarea.web.twofactor.EnrollmentDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/**
 * At the top of every signed-in page while two-factor authentication is required of the customer and not on yet
 * (decision 0046): who requires it, how many days are left before the login asks for it right after the password,
 * and a button that opens the wizard (the same {@link EnrollmentDialog} as Security settings). Hidden otherwise.
 * {@link #refresh} runs at every navigation, so it goes away as soon as 2FA is on.
 */
@Dependent
public class TwoFactorRequiredBanner extends Div {

    private final RequiredTwoFactor required;
    private final Enrollment enrollment;
    private final DomainSettings settings;

    @Inject
    public TwoFactorRequiredBanner(RequiredTwoFactor required, Enrollment enrollment, DomainSettings settings) {
        this.required = Objects.requireNonNull(required, "The requirement is required.");
        this.enrollment = Objects.requireNonNull(enrollment, "The enrollment is required.");
        this.settings = Objects.requireNonNull(settings, "The settings are required.");
        setId("two-factor-required-banner");
        addClassName("alert");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** Shows the banner for the signed-in customer, or hides it. */
    public void refresh() {
        removeAll();
        Optional<SignedInUser> user = SignIn.current();
        Optional<TwoFactorRequirement> pending = user.flatMap(u -> required.setUpPending(u.id()));
        setVisible(pending.isPresent());
        pending.ifPresent(requirement -> show(user.get(), requirement));
    }

    private void show(SignedInUser user, TwoFactorRequirement requirement) {
        long days = requirement.daysLeft(required.now());
        String text;
        if (days == 0) {
            text = getTranslation("requirement.banner.due");
        } else if (requirement.source() == TwoFactorRequirement.Source.SETTING) {
            text = getTranslation("requirement.banner.setting", settings.companyName(), days);
        } else {
            text = getTranslation("requirement.banner.support", days);
        }
        Paragraph line = new Paragraph(text);
        line.setId("two-factor-required-text");
        Button setUp = new Button(getTranslation("requirement.banner.setUp"), event -> openWizard(user));
        setUp.setId("two-factor-required-set-up");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        add(line, setUp);
    }

    private void openWizard(SignedInUser user) {
        EnrollmentDialog dialog = new EnrollmentDialog(enrollment, user.id(), settings.companyName());
        dialog.addDoneListener(event -> {
            if (event.changed()) {
                // The page under the banner (Security settings) shows the old state: build it again.
                refresh();
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        dialog.open();
    }
}
