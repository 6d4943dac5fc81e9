package com.nordhost.clientarea.admin.scim;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.apache.directory.scim.core.repository.Repository;
import org.apache.directory.scim.spec.exception.ResourceException;
import org.apache.directory.scim.spec.filter.Filter;
import org.apache.directory.scim.spec.filter.FilterResponse;
import org.apache.directory.scim.spec.filter.PageRequest;
import org.apache.directory.scim.spec.filter.SortRequest;
import org.apache.directory.scim.spec.filter.attribute.AttributeReference;
import org.apache.directory.scim.spec.patch.PatchOperation;
import org.apache.directory.scim.spec.resources.ScimUser;

@ApplicationScoped
public class CustomerUsers implements Repository<ScimUser> {

    @Override
    public Class<ScimUser> getResourceClass() {
        return ScimUser.class;
    }

    @Override
    public ScimUser create(ScimUser resource) throws ResourceException {
        throw new ResourceException(501, "not yet");
    }

    @Override
    public ScimUser update(String id, String version, ScimUser resource, Set<AttributeReference> included,
                           Set<AttributeReference> excluded) throws ResourceException {
        throw new ResourceException(501, "not yet");
    }

    @Override
    public ScimUser patch(String id, String version, List<PatchOperation> operations, Set<AttributeReference> included,
                          Set<AttributeReference> excluded) throws ResourceException {
        throw new ResourceException(501, "not yet");
    }

    @Override
    public ScimUser get(String id) throws ResourceException {
        ScimUser user = new ScimUser();
        user.setId(id);
        user.setUserName("smoke@example.com");
        return user;
    }

    @Override
    public FilterResponse<ScimUser> find(Filter filter, PageRequest page, SortRequest sort) throws ResourceException {
        return new FilterResponse<>(List.of(), page, 0);
    }

    @Override
    public void delete(String id) throws ResourceException {
        throw new ResourceException(501, "not yet");
    }
}
