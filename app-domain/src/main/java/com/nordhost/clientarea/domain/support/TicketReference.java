package com.nordhost.clientarea.domain.support;

import com.nordhost.clientarea.domain.shared.InvalidInputException;


/** The support ticket a back-office action answers, e.g. {@code #48213} or {@code NH-2024-0042}. */
public record TicketReference(String value) {

    public static final int MAX_LENGTH = 64;

    public TicketReference {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("ticket.required", "A ticket reference is required.");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("ticket.invalid", "This is not a valid ticket reference.");
        }
    }

    public static TicketReference of(String raw) {
        return new TicketReference(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
