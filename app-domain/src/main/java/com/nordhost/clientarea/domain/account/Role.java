package com.nordhost.clientarea.domain.account;

public enum Role {
    CUSTOMER(Realm.CUSTOMER),
    SUPPORT(Realm.STAFF),
    ADMIN(Realm.STAFF);

    private final Realm realm;

    Role(Realm realm) {
        this.realm = realm;
    }

    public Realm realm() {
        return realm;
    }
}
