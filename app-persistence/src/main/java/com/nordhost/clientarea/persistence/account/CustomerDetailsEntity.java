package com.nordhost.clientarea.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code customer_details}: one per customer account, keyed by the account id. */
@Entity
@Table(name = "customer_details")
public class CustomerDetailsEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "customer_number", nullable = false)
    private String customerNumber;

    @Column(name = "phone")
    private String phone;

    @Column(name = "street")
    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "city")
    private String city;

    @Column(name = "country")
    private String country;

    protected CustomerDetailsEntity() {
        // for JPA
    }

    CustomerDetailsEntity(long accountId) {
        this.accountId = accountId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    void update(String customerNumber, String phone, String street, String postalCode, String city,
            String country) {
        this.customerNumber = customerNumber;
        this.phone = phone;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
    }
}
