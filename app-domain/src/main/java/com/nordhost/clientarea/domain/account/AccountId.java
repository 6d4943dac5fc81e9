package com.nordhost.clientarea.domain.account;

public record AccountId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
