package com.nordhost.clientarea.admin.customers;

import com.nordhost.clientarea.admin.config.Roles;
import com.nordhost.clientarea.admin.layout.BackOfficeLayout;
import com.nordhost.clientarea.admin.paging.KeysetPager;
import com.nordhost.clientarea.domain.customers.Cursor;
import com.nordhost.clientarea.domain.customers.CustomerQuery;
import com.nordhost.clientarea.domain.customers.CustomerSearch;
import com.nordhost.clientarea.domain.customers.CustomerSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import com.nordhost.clientarea.domain.protect.FlaggedCustomer;
import com.nordhost.clientarea.domain.protect.OwnerFlagDesk;
import com.nordhost.clientarea.web.signin.SignIn;
import com.vaadin.flow.component.checkbox.Checkbox;

import java.util.List;
import java.util.Objects;

/**
 * Finding a customer: by e-mail address (exact or its start), the start of the name, or the customer number.
 * The Grid is lazy with an undefined size and pages by keyset ({@link KeysetPager}); nothing is counted.
 */
@Route(value = "", layout = BackOfficeLayout.class)
@RouteAlias(value = "customers", layout = BackOfficeLayout.class)
@RolesAllowed({Roles.SUPPORT, Roles.ADMIN})
public class CustomerSearchView extends VerticalLayout implements HasDynamicTitle {

    public static final int PAGE_SIZE = 50;

    /** How the text is read; AUTO guesses from it (an @: e-mail, digits: customer number, else name). */
    public enum SearchBy { AUTO, EMAIL_EXACT, EMAIL_PREFIX, NAME_PREFIX, CUSTOMER_NUMBER }

    private final CustomerSearch search;
    private final OwnerFlagDesk ownerFlags;
    private final Checkbox onlyFlagged = new Checkbox();
    private final Paragraph flaggedCount = new Paragraph();
    private final TextField text = new TextField();
    private final Select<SearchBy> searchBy = new Select<>();
    private final Grid<CustomerSummary> grid = new Grid<>();
    private final Paragraph noMatch = new Paragraph();

    @Inject
    public CustomerSearchView(CustomerSearch search, OwnerFlagDesk ownerFlags) {
        this.search = Objects.requireNonNull(search, "The customer search is required.");
        this.ownerFlags = Objects.requireNonNull(ownerFlags, "The owner flag desk is required.");
        setId("customer-search-view");
        setSizeFull();
        text.setLabel(getTranslation("customers.search"));
        text.setId("customer-search-text");
        text.setMaxLength(CustomerQuery.MAX_LENGTH);
        text.setHelperText(getTranslation("customers.searchHelp"));
        text.setClearButtonVisible(true);
        text.setWidth("24rem");
        searchBy.setLabel(getTranslation("customers.searchBy"));
        searchBy.setId("customer-search-by");
        searchBy.setItems(SearchBy.values());
        searchBy.setItemLabelGenerator(kind -> getTranslation("customers.searchBy." + kind.name()));
        searchBy.setValue(SearchBy.AUTO);
        Button find = new Button(getTranslation("customers.find"), event -> runSearch());
        find.setId("customer-search-submit");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER).listenOn(text);
        // Decision 0042: the accounts whose owner pressed "This wasn't me", until support closes the flag.
        onlyFlagged.setLabel(getTranslation("customers.onlyFlagged"));
        onlyFlagged.setId("customer-search-only-flagged");
        onlyFlagged.addValueChangeListener(event -> runSearch());
        flaggedCount.setId("customer-search-flagged-count");
        flaggedCount.getElement().setAttribute("role", "status");
        flaggedCount.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(text, searchBy, find, onlyFlagged);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        noMatch.setText(getTranslation("customers.noMatch"));
        noMatch.setId("customer-search-no-match");
        noMatch.getElement().setAttribute("role", "status");
        noMatch.setVisible(false);
        configureGrid();
        Button newCustomer = new Button(getTranslation("newCustomer.title"),
                event -> getUI().ifPresent(ui -> ui.navigate(NewCustomerView.class)));
        newCustomer.setId("new-customer");
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("menu.customers")), newCustomer);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, bar, noMatch, flaggedCount, grid);
        text.focus();
    }

    private void configureGrid() {
        grid.setId("customer-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(CustomerSummary::customerNumber).setHeader(getTranslation("customers.number"))
                .setAutoWidth(true).setKey("number");
        // The name is a link: keyboard users tab to it and press Enter.
        grid.addComponentColumn(c -> new RouterLink(c.fullName(), CustomerView.class,
                        new RouteParameters("id", String.valueOf(c.id().value()))))
                .setHeader(getTranslation("customers.name")).setKey("name");
        // Decision 0032: a stored look-alike address shows its escaped form too.
        grid.addColumn(c -> Escaped.ifUnusual(c.email().value())
                        .map(escaped -> c.email().value() + " (" + getTranslation("customer.shownEscaped", escaped) + ")")
                        .orElse(c.email().value())).setHeader(getTranslation("customers.email")).setKey("email");
        grid.setSizeFull();
    }

    private void runSearch() {
        flaggedCount.setVisible(false);
        if (onlyFlagged.getValue()) {
            showFlagged();
            return;
        }
        CustomerQuery query = toQuery(text.getValue(), searchBy.getValue());
        if (query.isEmpty()) {
            // The back-office never lists everyone: say what to type instead of showing nothing.
            text.setErrorMessage(getTranslation("customers.searchEmpty"));
            text.setInvalid(true);
            text.focus();
            noMatch.setVisible(false);
            grid.setItems(List.of());
            return;
        }
        text.setInvalid(false);
        // One indexed row (LIMIT 1) so an empty result gets a sentence, not just an empty Grid; no count.
        noMatch.setVisible(search.search(query, null, 1).isEmpty());
        KeysetPager<CustomerSummary, Cursor> pager = new KeysetPager<>(
                (after, limit) -> search.search(query, after, limit), CustomerSummary::position);
        grid.setItems(pager::fetch);
    }

    /** The flagged accounts the text finds (blank: all of them), oldest flag first; few, so one list. */
    private void showFlagged() {
        text.setInvalid(false);
        noMatch.setVisible(false);
        List<FlaggedCustomer> flagged = ownerFlags.flagged(SignIn.current().map(u -> u.id()).orElse(null),
                text.getValue());
        flaggedCount.setText(flagged.size() >= OwnerFlagDesk.MAX_LISTED
                ? getTranslation("customers.flaggedMany", OwnerFlagDesk.MAX_LISTED)
                : getTranslation("customers.flaggedCount", flagged.size()));
        flaggedCount.setVisible(true);
        grid.setItems(flagged.stream().map(f -> new CustomerSummary(f.id(), f.customerNumber(), f.fullName(),
                f.email(), null)).toList());
    }

    static CustomerQuery toQuery(String raw, SearchBy by) {
        String value = raw == null ? "" : raw;
        return by == null || by == SearchBy.AUTO ? CustomerQuery.detect(value)
                : new CustomerQuery(CustomerQuery.Kind.valueOf(by.name()), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.customers") + " | " + getTranslation("app.backOffice");
    }
}
