package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.password.PasswordPolicy;
import com.nordhost.clientarea.domain.profile.CustomerDetailsChange;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules.Field;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.nordhost.clientarea.web.i18n.DetailsMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;


/**
 * The My details tab: name, e-mail, phone and address, editable with validation. Saving goes through the
 * {@link CustomerDetailsChange} use case: changing the e-mail address (the login name) asks for the current
 * password, in a field that appears as soon as the address differs from the stored one.
 */
@Dependent
public class MyDetailsForm extends VerticalLayout {

    private static final System.Logger LOG = System.getLogger(MyDetailsForm.class.getName());

    private final CustomerDetailsChange detailsChange;
    private SignedInUser user;
    private final Binder<Details> binder = new Binder<>();
    private Details details;
    private final TextField email;
    private final PasswordField password = new PasswordField();
    private final Map<String, TextField> fields = new HashMap<>();

    /** For the person signed in now (built per showing of the tab, {@code @Dependent}). */
    @Inject
    public MyDetailsForm(CustomerDetailsChange detailsChange) {
        this.detailsChange = detailsChange;
        this.user = SignIn.current().orElseThrow(() -> new IllegalStateException("Nobody is signed in."));
        setId("my-details");
        setPadding(false);
        details = load();

        TextField customerNumber = new TextField(getTranslation("details.customerNumber"));
        customerNumber.setValue(details.customerNumber);
        customerNumber.setReadOnly(true);
        TextField fullName = field("details.fullName", "name", "fullName");
        email = field("details.email", "email", "email");
        TextField phone = field("details.phone", "tel", "phone");
        TextField street = field("details.street", "street-address", "street");
        TextField postalCode = field("details.postalCode", "postal-code", "postalCode");
        TextField city = field("details.city", "address-level2", "city");
        TextField country = field("details.country", "country-name", "country");

        password.setLabel(getTranslation("details.currentPassword"));
        password.setHelperText(getTranslation("details.currentPasswordHelp"));
        password.setId("details-password");
        password.setMaxLength(PasswordPolicy.MAX_INPUT_LENGTH);
        password.setManualValidation(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        password.setVisible(false);
        email.addValueChangeListener(event -> showPasswordWhenEmailChanges());

        bind(fullName, Field.FULL_NAME, d -> d.fullName, (d, v) -> d.fullName = v);
        bind(email, Field.EMAIL, d -> d.email, (d, v) -> d.email = v);
        bind(phone, Field.PHONE, d -> d.phone, (d, v) -> d.phone = v);
        bind(street, Field.STREET, d -> d.street, (d, v) -> d.street = v);
        bind(postalCode, Field.POSTAL_CODE, d -> d.postalCode, (d, v) -> d.postalCode = v);
        bind(city, Field.CITY, d -> d.city, (d, v) -> d.city = v);
        bind(country, Field.COUNTRY, d -> d.country, (d, v) -> d.country = v);
        binder.readBean(details);

        Button save = new Button(getTranslation("details.save"), event -> save());
        save.setId("details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(customerNumber, fullName, email, password, phone, street, postalCode, city,
                country);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, save);
    }

    private TextField field(String labelKey, String autocomplete, String domainName) {
        TextField field = new TextField(getTranslation(labelKey));
        field.getElement().setAttribute("autocomplete", autocomplete);
        fields.put(domainName, field);
        return field;
    }

    /**
     * Binds a field to the domain's rule for it ({@link CustomerDetailsRules}), so the form refuses exactly
     * what saving would refuse, each time with a message that says why. The browser's maxlength is twice the
     * rule (the e-mail's is the rule itself, 254): a pasted text a little too long still gets the message
     * instead of being cut silently, and no field takes megabytes (decision 0027).
     */
    private void bind(TextField field, Field rule, ValueProvider<Details, String> getter,
                      Setter<Details, String> setter) {
        // The domain's rule says why; the field's own maxlength check would refuse a crafted value without a word.
        binder.setDefaultValidatorsEnabled(false);
        field.setRequiredIndicatorVisible(rule.required());
        field.setMaxLength(rule == Field.EMAIL ? rule.maxLength() : rule.maxLength() * 2);
        binder.forField(field)
                .withValidator((value, context) -> CustomerDetailsRules.problem(rule, value)
                        .map(reason -> ValidationResult.error(message(rule, reason)))
                        .orElse(ValidationResult.ok()))
                .bind(getter, (details, value) -> setter.accept(details, value.strip()));
    }

    private String message(Field field, CustomerDetailsOutcome.Reason reason) {
        return DetailsMessages.of(this, field, reason);
    }

    private boolean emailDiffersFromStored() {
        try {
            return !EmailAddress.of(email.getValue()).value().equals(details.email);
        } catch (InvalidInputException e) {
            return !email.getValue().strip().equals(details.email);
        }
    }

    private void showPasswordWhenEmailChanges() {
        boolean differs = emailDiffersFromStored();
        password.setVisible(differs);
        if (!differs) {
            password.clear();
            password.setInvalid(false);
        }
    }

    private Details load() {
        return Details.of(detailsChange.current(user.id()));
    }

    private void save() {
        Details edited = details.copy();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        CustomerDetailsOutcome outcome;
        try {
            outcome = detailsChange.change(user.id(), edited.toDomain(),
                    password.isVisible() ? password.getValue() : null, RequestOrigins.current());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the details of account " + user.accountId(), e);
            error(getTranslation("details.saveFailed"));
            return;
        }
        password.clear();
        if (outcome instanceof CustomerDetailsOutcome.Saved saved) {
            saved(saved);
        } else if (outcome instanceof CustomerDetailsOutcome.PasswordRequired) {
            passwordError(getTranslation("details.passwordRequired"));
        } else if (outcome instanceof CustomerDetailsOutcome.WrongPassword) {
            passwordError(getTranslation("common.wrongPassword"));
        } else if (outcome instanceof CustomerDetailsOutcome.TryLater) {
            // The password was not checked: saying "wrong" would mislead someone who typed the right one.
            passwordError(getTranslation("common.passwordTryLater"));
        } else if (outcome instanceof CustomerDetailsOutcome.EmailTaken) {
            email.setErrorMessage(getTranslation("details.emailTaken"));
            email.setInvalid(true);
            error(getTranslation("details.emailTaken"));
        } else if (outcome instanceof CustomerDetailsOutcome.Invalid invalid) {
            invalid(invalid);
        }
    }

    private void saved(CustomerDetailsOutcome.Saved saved) {
        details = Details.of(saved.details());
        binder.readBean(details);
        password.setInvalid(false);
        password.setVisible(false);
        // The session's epoch, not this form's copy: a password change in this session may have moved it since.
        int epoch = SignIn.current().map(SignedInUser::sessionEpoch).orElse(user.sessionEpoch());
        long signIn = SignIn.current().map(SignedInUser::signInId).orElse(user.signInId());
        user = new SignedInUser(user.accountId(), user.role(), saved.details().email().value(),
                saved.details().fullName(), user.secondFactorPassed(), epoch, signIn);
        SignIn.update(user);
        String message = saved.emailChanged() ? getTranslation("details.savedWithEmail", user.email())
                : getTranslation("details.saved");
        Notification.show(message, 3000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void passwordError(String message) {
        password.setVisible(true);
        password.setErrorMessage(message);
        password.setInvalid(true);
        password.focus();
        error(message);
    }

    private void invalid(CustomerDetailsOutcome.Invalid invalid) {
        String message = Arrays.stream(Field.values()).filter(f -> f.key().equals(invalid.field())).findFirst()
                .map(f -> message(f, invalid.reason())).orElseGet(() -> getTranslation("details.invalidField"));
        TextField field = fields.get(invalid.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        error(message);
    }

    private void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The form's editable copy of the details. */
    static final class Details {
        String customerNumber = "";
        String fullName = "";
        String email = "";
        String phone = "";
        String street = "";
        String postalCode = "";
        String city = "";
        String country = "";

        Details copy() {
            Details c = new Details();
            c.customerNumber = customerNumber;
            c.fullName = fullName;
            c.email = email;
            c.phone = phone;
            c.street = street;
            c.postalCode = postalCode;
            c.city = city;
            c.country = country;
            return c;
        }

        static Details of(CustomerDetails d) {
            Details details = new Details();
            details.customerNumber = nonNull(d.customerNumber());
            details.fullName = nonNull(d.fullName());
            details.email = d.email() == null ? "" : d.email().value();
            details.phone = nonNull(d.phone());
            details.street = nonNull(d.street());
            details.postalCode = nonNull(d.postalCode());
            details.city = nonNull(d.city());
            details.country = nonNull(d.country());
            return details;
        }

        CustomerDetails toDomain() {
            return new CustomerDetails(customerNumber, fullName, EmailAddress.of(email), phone, street, postalCode,
                    city, country);
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }
}
