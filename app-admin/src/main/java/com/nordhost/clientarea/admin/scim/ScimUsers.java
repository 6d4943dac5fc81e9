package com.nordhost.clientarea.admin.scim;

import com.nordhost.clientarea.domain.account.Language;
import com.nordhost.clientarea.domain.provisioning.ProvisionedCustomer;
import com.nordhost.clientarea.domain.provisioning.ProvisioningRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.directory.scim.spec.resources.Email;
import org.apache.directory.scim.spec.resources.Name;
import org.apache.directory.scim.spec.resources.ScimUser;
import org.apache.directory.scim.spec.schema.Meta;

/**
 * A customer as a SCIM User and back (docs/scim.md): id = customer number, userName = the login address (also the
 * one, primary e-mail), name.formatted = the full name (given and family name are its words, the last one the family
 * name), preferredLanguage and locale = en or sv, externalId, active. The password is only ever read, never shown.
 */
final class ScimUsers {

    private ScimUsers() {
    }

    static ScimUser toScim(ProvisionedCustomer customer, String baseUrl) {
        ScimUser user = new ScimUser();
        user.setId(customer.customerNumber());
        user.setExternalId(customer.externalId());
        user.setUserName(customer.email().value());
        user.setDisplayName(customer.fullName());
        user.setName(name(customer.fullName()));
        Email email = new Email();
        email.setValue(customer.email().value());
        email.setPrimary(true);
        email.setType("work");
        user.setEmails(List.of(email));
        user.setActive(customer.active());
        user.setPreferredLanguage(customer.language().tag());
        user.setLocale(customer.language().tag());
        Meta meta = new Meta();
        meta.setResourceType("User");
        meta.setCreated(LocalDateTime.ofInstant(customer.createdAt(), ZoneOffset.UTC));
        meta.setVersion(customer.version());
        meta.setLocation(baseUrl + "/Users/" + customer.customerNumber());
        user.setMeta(meta);
        return user;
    }

    private static Name name(String fullName) {
        Name name = new Name();
        name.setFormatted(fullName);
        String stripped = fullName.strip();
        int lastSpace = stripped.lastIndexOf(' ');
        if (lastSpace < 0) {
            name.setGivenName(stripped);
        } else {
            name.setGivenName(stripped.substring(0, lastSpace).strip());
            name.setFamilyName(stripped.substring(lastSpace + 1));
        }
        return name;
    }

    /**
     * What the API asks for, against {@code current} (null: a new customer). Throws {@link ScimProblem} (400
     * invalidValue) for what cannot be one customer: two different addresses, a language the product does not have.
     */
    static ProvisioningRequest request(ScimUser user, ProvisionedCustomer current) {
        return new ProvisioningRequest(email(user, current), fullName(user, current), language(user, current),
                user.getExternalId(), user.getActive(), user.getPassword());
    }

    private static String email(ScimUser user, ProvisionedCustomer current) {
        String primary = user.getEmails() == null ? null : user.getEmails().stream()
                .filter(e -> e != null && e.getValue() != null)
                .sorted((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.getPrimary()),
                        Boolean.TRUE.equals(a.getPrimary())))
                .map(Email::getValue).findFirst().orElse(null);
        String userName = user.getUserName();
        if (current == null) {
            if (primary != null && userName != null && !primary.strip().equalsIgnoreCase(userName.strip())) {
                throw ScimProblem.invalidValue("userName and the primary e-mail address must be the same address:"
                        + " it is the customer's login.");
            }
            return userName != null ? userName : primary;
        }
        String now = current.email().value();
        boolean emailChanged = primary != null && !primary.strip().equalsIgnoreCase(now);
        boolean userNameChanged = userName != null && !userName.strip().equalsIgnoreCase(now);
        if (emailChanged && userNameChanged && !primary.strip().equalsIgnoreCase(userName.strip())) {
            throw ScimProblem.invalidValue("userName and the primary e-mail address must be the same address:"
                    + " it is the customer's login.");
        }
        return emailChanged ? primary : userNameChanged ? userName : now;
    }

    private static String fullName(ScimUser user, ProvisionedCustomer current) {
        Name name = user.getName();
        String formatted = name == null ? null : blankToNull(name.getFormatted());
        String fromParts = name == null ? null : blankToNull(Stream.of(name.getGivenName(), name.getMiddleName(),
                name.getFamilyName()).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" ")));
        String display = blankToNull(user.getDisplayName());
        if (current == null) {
            return formatted != null ? formatted : fromParts != null ? fromParts : display;
        }
        Name shown = name(current.fullName());
        boolean partsChanged = name != null && (!Objects.equals(name.getGivenName(), shown.getGivenName())
                || !Objects.equals(name.getFamilyName(), shown.getFamilyName()) || name.getMiddleName() != null);
        if (formatted != null && !formatted.equals(current.fullName())) {
            return formatted;
        }
        if (fromParts != null && (partsChanged || formatted == null)) {
            return fromParts;
        }
        if (formatted != null) {
            return formatted;
        }
        return display;
    }

    private static Language language(ScimUser user, ProvisionedCustomer current) {
        String preferred = blankToNull(user.getPreferredLanguage());
        String locale = blankToNull(user.getLocale());
        String wanted = preferred;
        if (current != null && preferred != null && preferred.equals(current.language().tag()) && locale != null
                && !locale.equals(current.language().tag())) {
            wanted = locale; // a patch of locale alone
        }
        if (wanted == null) {
            wanted = locale;
        }
        if (wanted == null) {
            return null;
        }
        String tag = wanted;
        return Language.fromTag(tag).orElseThrow(() -> ScimProblem.invalidValue("preferredLanguage/locale '" + tag
                + "': the client area speaks en and sv."));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
