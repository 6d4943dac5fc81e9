package com.nordhost.clientarea.domain.importing;

/**
 * One customer of an import file, as written there: the details of New customer, and optionally the customer number,
 * the language ({@code en}, {@code sv}) and a password hash from the old system. Empty optional columns are "".
 *
 * @param line the file's line number where the row starts (the header is line 1)
 */
public record ImportRow(long line, String fullName, String email, String phone, String street, String postalCode,
                        String city, String country, String customerNumber, String language, String passwordHash) {

    public ImportRow {
        fullName = orEmpty(fullName);
        email = orEmpty(email);
        phone = orEmpty(phone);
        street = orEmpty(street);
        postalCode = orEmpty(postalCode);
        city = orEmpty(city);
        country = orEmpty(country);
        customerNumber = orEmpty(customerNumber).strip();
        language = orEmpty(language).strip();
        passwordHash = orEmpty(passwordHash).strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Never the hash itself: rows end up in logs and exceptions. */
    @Override
    public String toString() {
        return "ImportRow[line=" + line + ", email=" + email + "]";
    }
}
