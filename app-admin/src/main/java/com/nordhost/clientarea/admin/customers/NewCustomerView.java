package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.domain.account.AccountId;
import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.onboarding.NewCustomer;
import com.nordhost.clientarea.domain.onboarding.OnboardingOutcome;
import com.nordhost.clientarea.domain.onboarding.CustomerOnboarding;
import com.nordhost.clientarea.domain.profile.CustomerDetailsOutcome.Reason;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules;
import com.nordhost.clientarea.domain.profile.CustomerDetailsRules.Field;
import com.nordhost.clientarea.web.signin.RequestOrigins;
import com.nordhost.clientarea.web.signin.SignIn;
import com.nordhost.clientarea.web.i18n.DetailsMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * New customer (decision 0029): the fields of My details under the same rules (each field says what is wrong
 * while the agent types; the domain checks again on save), the language of the invitation, and Save: the product
 * assigns the customer number, the invitation is mailed, and the customer page opens. A taken address is said on
 * the e-mail field; nothing typed is lost.
 */
@Route(value = "customers/new", layout = BackOfficeLayout.class)
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class NewCustomerView extends VerticalLayout implements HasDynamicTitle {

    private final CustomerOnboarding onboarding;
    private final Map<Field, TextField> fields = new EnumMap<>(Field.class);
    private final Select<Language> language = new Select<>();
    private final Paragraph error = new Paragraph();

    @Inject
    public NewCustomerView(CustomerOnboarding onboarding) {
        this.onboarding = Objects.requireNonNull(onboarding, "The onboarding is required.");
        setId("new-customer-view");
        FormLayout form = new FormLayout();
        for (Field field : Field.values()) {
            form.add(field(field));
        }
        language.setId("new-customer-language");
        language.setLabel(getTranslation("newCustomer.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("newCustomer.language." + l.name()));
        language.setValue(Language.DEFAULT);
        language.setHelperText(getTranslation("newCustomer.languageHelp"));
        form.add(language);
        error.setId("new-customer-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button save = new Button(getTranslation("newCustomer.save"), event -> save());
        save.setId("new-customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new RouterLink(getTranslation("customer.back"), CustomerSearchView.class),
                new H2(getTranslation("newCustomer.title")), new Paragraph(getTranslation("newCustomer.intro")),
                form, error, save);
        fields.get(Field.FULL_NAME).focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newCustomer.title") + " | " + getTranslation("app.backOffice");
    }

    private TextField field(Field rule) {
        TextField field = new TextField(getTranslation("details." + rule.key()));
        field.setId("new-customer-" + rule.key());
        field.setRequiredIndicatorVisible(rule.required());
        // Room for a little too much, so the rule (not the browser) says what is wrong.
        field.setMaxLength(rule.maxLength() * 2);
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        field.addValueChangeListener(e -> show(rule, CustomerDetailsRules.problem(rule, e.getValue())));
        fields.put(rule, field);
        return field;
    }

    private void show(Field rule, Optional<Reason> problem) {
        TextField field = fields.get(rule);
        field.setErrorMessage(problem.map(r -> message(rule, r)).orElse(null));
        field.setInvalid(problem.isPresent());
    }

    private String message(Field field, Reason reason) {
        return DetailsMessages.of(this, field, reason);
    }

    private String value(Field field) {
        return fields.get(field).getValue();
    }

    private void save() {
        error.setVisible(false);
        NewCustomer details = new NewCustomer(value(Field.FULL_NAME), value(Field.EMAIL), value(Field.PHONE),
                value(Field.STREET), value(Field.POSTAL_CODE), value(Field.CITY), value(Field.COUNTRY));
        AccountId agent = SignIn.current().map(u -> u.id()).orElse(null);
        OnboardingOutcome outcome = onboarding.create(agent, details, language.getValue(), RequestOrigins.current());
        if (outcome instanceof OnboardingOutcome.Created created) {
            Notification.show(getTranslation("newCustomer.created", created.customerNumber(),
                    value(Field.EMAIL).strip()));
            UI.getCurrent().navigate(CustomerView.class,
                    new RouteParameters("id", String.valueOf(created.account().value())));
        } else if (outcome instanceof OnboardingOutcome.EmailTaken) {
            TextField email = fields.get(Field.EMAIL);
            email.setErrorMessage(getTranslation("newCustomer.emailTaken"));
            email.setInvalid(true);
            email.focus();
        } else if (outcome instanceof OnboardingOutcome.Invalid invalid) {
            for (Field field : Field.values()) {
                if (field.key().equals(invalid.field())) {
                    show(field, Optional.of(invalid.reason()));
                    fields.get(field).focus();
                }
            }
        } else {
            error.setText(getTranslation("action.notAllowed"));
            error.setVisible(true);
        }
    }
}
