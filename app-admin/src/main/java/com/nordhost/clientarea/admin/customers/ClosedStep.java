package com.nordhost.clientarea.admin.customers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * An action on the customer's page as its own named step, closed until the agent opens it ({@code <id>-open}, then
 * {@code <id>-form}): the page shows the customer first, and two actions' fields with the same labels are never open
 * side by side.
 */
final class ClosedStep {

    private ClosedStep() {
    }

    static VerticalLayout of(String id, String title, Component... fields) {
        VerticalLayout form = new VerticalLayout(new H3(title));
        form.add(fields);
        form.setId(id + "-form");
        form.setPadding(false);
        form.setVisible(false);
        Button open = new Button(title + "…", event -> {
            form.setVisible(true);
            event.getSource().setVisible(false);
        });
        open.setId(id + "-open");
        VerticalLayout step = new VerticalLayout(open, form);
        step.setPadding(false);
        return step;
    }
}
