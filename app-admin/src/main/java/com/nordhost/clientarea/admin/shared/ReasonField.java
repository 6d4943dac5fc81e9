package com.nordhost.clientarea.admin.shared;

import com.nordhost.clientarea.domain.staff.StaffAction;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The reason an agent gives for an action on a customer, which the audit keeps and some notices quote: required,
 * plain text, at most {@link StaffAction#MAX_REASON_LENGTH} characters. Checked on the field before the agent is
 * asked to confirm, the same way for every action.
 */
public class ReasonField extends TextArea {

    public ReasonField(String id, String label) {
        super(label);
        setId(id);
        setRequiredIndicatorVisible(true);
        setMaxLength(StaffAction.MAX_REASON_LENGTH);
        setWidth("24rem");
    }

    /** Whether a plain-text reason was typed; if not, the field says what is wrong and takes the focus. */
    public boolean checked() {
        String problem = getValue().isBlank() ? "action.reasonRequired"
                : StaffAction.reasonGiven(getValue()) ? null : "action.reasonInvalid";
        setInvalid(problem != null);
        if (problem != null) {
            setErrorMessage(getTranslation(problem));
            focus();
        }
        return problem == null;
    }
}
