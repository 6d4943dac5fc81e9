package com.nordhost.clientarea.domain.twofactor;

public enum TwoFactorStatus {
    OFF,
    PENDING,
    ACTIVE
}
