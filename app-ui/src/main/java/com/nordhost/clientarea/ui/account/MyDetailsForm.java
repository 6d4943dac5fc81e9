package com.nordhost.clientarea.ui.account;

import com.nordhost.clientarea.domain.account.Account;
import com.nordhost.clientarea.domain.account.AccountRepository;
import com.nordhost.clientarea.domain.account.CustomerDetails;
import com.nordhost.clientarea.domain.account.EmailAddress;
import com.nordhost.clientarea.domain.shared.InvalidInputException;
import com.nordhost.clientarea.domain.shared.Transactions;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.signin.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

import java.util.Optional;

/** The My details tab: name, e-mail, phone and address, editable with validation. */
public class MyDetailsForm extends VerticalLayout {

    private static final System.Logger LOG = System.getLogger(MyDetailsForm.class.getName());

    private final AccountRepository accounts;
    private final Transactions transactions;
    private final SignedInUser user;
    private final Binder<Details> binder = new Binder<>();
    private final Details details;

    public MyDetailsForm(AccountRepository accounts, Transactions transactions, SignedInUser user) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.user = user;
        setId("my-details");
        setPadding(false);
        details = load();

        TextField customerNumber = new TextField(getTranslation("details.customerNumber"));
        customerNumber.setValue(details.customerNumber);
        customerNumber.setReadOnly(true);
        TextField fullName = field("details.fullName", "name");
        TextField email = field("details.email", "email");
        TextField phone = field("details.phone", "tel");
        TextField street = field("details.street", "street-address");
        TextField postalCode = field("details.postalCode", "postal-code");
        TextField city = field("details.city", "address-level2");
        TextField country = field("details.country", "country-name");

        binder.forField(fullName).asRequired(getTranslation("details.required"))
                .withValidator(maxLength(200)).bind(d -> d.fullName, (d, v) -> d.fullName = v.trim());
        binder.forField(email).asRequired(getTranslation("details.required"))
                .withValidator(this::validEmail).bind(d -> d.email, (d, v) -> d.email = v.trim());
        binder.forField(phone)
                .withValidator(v -> v.isBlank() || v.trim().matches("\\+?[0-9 ()\\-]{5,25}"),
                        getTranslation("details.invalidPhone"))
                .bind(d -> d.phone, (d, v) -> d.phone = v.trim());
        binder.forField(street).withValidator(maxLength(200)).bind(d -> d.street, (d, v) -> d.street = v.trim());
        binder.forField(postalCode)
                .withValidator(v -> v.isBlank() || v.trim().matches("[\\p{L}\\p{N} \\-]{2,16}"),
                        getTranslation("details.invalidPostalCode"))
                .bind(d -> d.postalCode, (d, v) -> d.postalCode = v.trim());
        binder.forField(city).withValidator(maxLength(100)).bind(d -> d.city, (d, v) -> d.city = v.trim());
        binder.forField(country).withValidator(maxLength(100)).bind(d -> d.country, (d, v) -> d.country = v.trim());
        binder.readBean(details);

        Button save = new Button(getTranslation("details.save"), event -> save());
        save.setId("details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(customerNumber, fullName, email, phone, street, postalCode, city, country);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(form, save);
    }

    private TextField field(String labelKey, String autocomplete) {
        TextField field = new TextField(getTranslation(labelKey));
        field.getElement().setAttribute("autocomplete", autocomplete);
        field.setMaxLength(250);
        return field;
    }

    private Validator<String> maxLength(int max) {
        return (value, context) -> value.codePointCount(0, value.length()) <= max ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("details.tooLong", max));
    }

    private ValidationResult validEmail(String value, com.vaadin.flow.data.binder.ValueContext context) {
        try {
            EmailAddress.of(value);
            return ValidationResult.ok();
        } catch (InvalidInputException e) {
            return ValidationResult.error(getTranslation("details.invalidEmail"));
        }
    }

    private Details load() {
        Optional<CustomerDetails> stored = transactions.inTransaction(() -> accounts.findCustomerDetails(user.id()));
        if (stored.isPresent()) {
            return Details.of(stored.get());
        }
        Optional<Account> account = transactions.inTransaction(() -> accounts.findById(user.id()));
        Details fresh = new Details();
        fresh.fullName = account.map(Account::fullName).orElse(user.fullName());
        fresh.email = account.map(a -> a.email().value()).orElse(user.email());
        return fresh;
    }

    private void save() {
        if (!binder.writeBeanIfValid(details)) {
            return;
        }
        CustomerDetails toSave = details.toDomain();
        try {
            transactions.inTransaction(() -> {
                accounts.saveCustomerDetails(user.id(), toSave);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not save the details of account " + user.accountId(), e);
            Notification.show(getTranslation("details.saveFailed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        SignIn.update(new SignedInUser(user.accountId(), user.role(), user.email(), toSave.fullName(),
                user.secondFactorPassed()));
        Notification.show(getTranslation("details.saved"), 3000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
