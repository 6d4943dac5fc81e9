package com.nordhost.clientarea.admin.scim;

import com.nordhost.clientarea.domain.apitokens.ApiCaller;
import com.nordhost.clientarea.domain.password.PasswordProblem;
import com.nordhost.clientarea.domain.provisioning.CustomerProvisioning;
import com.nordhost.clientarea.domain.provisioning.ProvisionedCustomer;
import com.nordhost.clientarea.domain.provisioning.ProvisionedPage;
import com.nordhost.clientarea.domain.provisioning.ProvisioningFilter;
import com.nordhost.clientarea.domain.provisioning.ProvisioningOutcome;
import com.nordhost.clientarea.domain.provisioning.ProvisioningRequest;
import com.nordhost.clientarea.domain.shared.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.directory.scim.core.repository.DefaultPatchHandler;
import org.apache.directory.scim.core.repository.Repository;
import org.apache.directory.scim.core.schema.SchemaRegistry;
import org.apache.directory.scim.protocol.ErrorMessageType;
import org.apache.directory.scim.spec.exception.ResourceException;
import org.apache.directory.scim.spec.filter.AttributeComparisonExpression;
import org.apache.directory.scim.spec.filter.CompareOperator;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.filter.FilterResponse;
import org.apache.directory.scim.spec.filter.PageRequest;
import org.apache.directory.scim.spec.filter.SortRequest;
import org.apache.directory.scim.spec.filter.attribute.AttributeReference;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.resources.ScimUser;

/**
 * SCIMple's repository of Users, over {@link CustomerProvisioning} (decision 0034): the protocol is SCIMple's, the
 * rules the domain's. A patch is applied by SCIMple's {@link DefaultPatchHandler} to the customer as shown, then
 * stored as a replace, so a patch and a put go through the same rules. If-Match is read here (SCIMple 1.0.0-M1
 * passes the request's ETag header instead) and checked by the use case in its transaction.
 */
@ApplicationScoped
public class CustomerUsers implements Repository<ScimUser> {

    static final int MAX_PAGE_SIZE = CustomerProvisioning.MAX_PAGE_SIZE;

    @Inject
    CustomerProvisioning provisioning;

    @Inject
    ScimErasure erasure;

    @Inject
    SchemaRegistry schemas;

    @Inject
    HttpServletRequest request;

    @Override
    public Class<ScimUser> getResourceClass() {
        return ScimUser.class;
    }

    @Override
    public ScimUser create(ScimUser user) throws ResourceException {
        return answer(provisioning.create(caller(), ScimUsers.request(user, null), origin()));
    }

    @Override
    public ScimUser get(String id) throws ResourceException {
        return ScimUsers.toScim(current(id), baseUrl());
    }

    @Override
    public ScimUser update(String id, String version, ScimUser user, Set<AttributeReference> included,
                           Set<AttributeReference> excluded) throws ResourceException {
        ProvisionedCustomer current = current(id);
        return answer(provisioning.replace(caller(), id, ifMatch(), ScimUsers.request(user, current), origin()));
    }

    @Override
    public ScimUser patch(String id, String version, List<PatchOperation> operations, Set<AttributeReference> included,
                          Set<AttributeReference> excluded) throws ResourceException {
        ProvisionedCustomer current = current(id);
        ScimUser patched;
        try {
            patched = new DefaultPatchHandler(schemas).apply(ScimUsers.toScim(current, baseUrl()), operations);
        } catch (RuntimeException e) {
            throw ScimProblem.invalidValue("The patch cannot be applied: " + e.getMessage());
        }
        ProvisioningRequest wanted = ScimUsers.request(patched, current);
        return answer(provisioning.replace(caller(), id, ifMatch(), wanted, origin()));
    }

    @Override
    public FilterResponse<ScimUser> find(Filter filter, PageRequest page, SortRequest sort) throws ResourceException {
        int startIndex = page == null || page.getStartIndex() == null ? 1 : page.getStartIndex();
        int count = page == null || page.getCount() == null ? MAX_PAGE_SIZE : page.getCount();
        ProvisionedPage found = provisioning.list(caller(), filter(filter), startIndex, count);
        String base = baseUrl();
        return new FilterResponse<>(found.customers().stream().map(c -> ScimUsers.toScim(c, base)).toList(), page,
                (int) Math.min(Integer.MAX_VALUE, found.totalResults()));
    }

    @Override
    public void delete(String id) throws ResourceException {
        ProvisionedCustomer current = current(id);
        erasure.erase(caller(), current.accountId(), current.customerNumber(), origin());
    }

    private ProvisionedCustomer current(String id) throws ResourceException {
        return provisioning.find(caller(), id).orElseThrow(() -> new ResourceException(404, "No User " + id + "."));
    }

    private ScimUser answer(ProvisioningOutcome outcome) throws ResourceException {
        if (outcome instanceof ProvisioningOutcome.Done done) {
            return ScimUsers.toScim(done.customer(), baseUrl());
        }
        if (outcome instanceof ProvisioningOutcome.Invalid invalid) {
            throw ScimProblem.invalidValue(invalidText(invalid));
        }
        if (outcome instanceof ProvisioningOutcome.PasswordRefused refused) {
            throw ScimProblem.invalidValue("password: " + refused.problems().stream().map(PasswordProblem::text)
                    .collect(Collectors.joining(" ")));
        }
        if (outcome instanceof ProvisioningOutcome.EmailTaken) {
            throw new ResourceException(409, "Another customer has this e-mail address (userName), in any letter case.");
        }
        if (outcome instanceof ProvisioningOutcome.VersionMismatch) {
            throw new ScimProblem(Response.Status.PRECONDITION_FAILED, null,
                    "The User changed since the version in If-Match: read it again.");
        }
        throw new ResourceException(404, "No such User.");
    }

    private static String invalidText(ProvisioningOutcome.Invalid invalid) {
        String attribute = switch (invalid.field()) {
            case "fullName" -> "name";
            case "email" -> "userName/emails";
            default -> invalid.field();
        };
        String why = switch (invalid.reason()) {
            case "REQUIRED" -> "is required";
            case "TOO_LONG" -> "is too long";
            case "FORMAT" -> "is not valid";
            case "CONTROL_CHARACTERS" -> "may not contain control characters";
            default -> "is not accepted (" + invalid.reason() + ")";
        };
        return attribute + " " + why + ".";
    }

    private static ProvisioningFilter filter(Filter filter) {
        if (filter == null || filter.getExpression() == null) {
            return null;
        }
        if (filter.getExpression() instanceof AttributeComparisonExpression comparison
                && comparison.getOperation() == CompareOperator.EQ
                && comparison.getCompareValue() instanceof String value) {
            AttributeReference path = comparison.getAttributePath();
            String attribute = path.getAttributeName();
            String sub = path.getSubAttributeName();
            if ("userName".equalsIgnoreCase(attribute) && sub == null
                    || "emails".equalsIgnoreCase(attribute) && "value".equalsIgnoreCase(sub)) {
                return new ProvisioningFilter(ProvisioningFilter.Attribute.EMAIL, value);
            }
            if ("externalId".equalsIgnoreCase(attribute) && sub == null) {
                return new ProvisioningFilter(ProvisioningFilter.Attribute.EXTERNAL_ID, value);
            }
        }
        throw new ScimProblem(Response.Status.BAD_REQUEST, ErrorMessageType.INVALID_FILTER,
                "Only the filters userName eq, emails.value eq and externalId eq are served.");
    }

    /** The version If-Match names; null for none or "*". Weak and strong tags alike. */
    private String ifMatch() {
        String header = request.getHeader("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag;
    }

    private ApiCaller caller() {
        Object caller = request.getAttribute(ApiTokenFilter.CALLER);
        if (!(caller instanceof ApiCaller apiCaller)) {
            // ApiTokenFilter lets nobody through without one; this is a wiring fault, not a client's.
            throw new IllegalStateException("No API caller on a SCIM request.");
        }
        return apiCaller;
    }

    private RequestOrigin origin() {
        Object origin = request.getAttribute(ApiTokenFilter.ORIGIN);
        return origin instanceof RequestOrigin o ? o : RequestOrigin.unknown();
    }

    private String baseUrl() {
        String url = request.getRequestURL().toString();
        int at = url.indexOf("/scim/v2");
        return at < 0 ? url : url.substring(0, at + "/scim/v2".length());
    }
}
