package com.nordhost.clientarea.admin.scim;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.apache.directory.scim.server.rest.ScimResourceHelper;

/**
 * SCIM 2.0 at /scim/v2 of the back-office WAR only (decision 0034): Apache SCIMple's resources (ServiceProviderConfig,
 * ResourceTypes, Schemas, Users) over {@link CustomerUsers}; {@link ApiTokenFilter} lets only API tokens in.
 */
@ApplicationPath("scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(ScimResourceHelper.scimpleFeatureAndResourceClasses());
        classes.add(ScimProblemMapper.class);
        return classes;
    }
}
