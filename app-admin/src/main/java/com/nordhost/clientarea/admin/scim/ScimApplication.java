package com.nordhost.clientarea.admin.scim;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.apache.directory.scim.server.rest.ScimResourceHelper;

/** SCIM 2.0 at /scim/v2 of the back-office only (decision 0034): Apache SCIMple's resources over our repository. */
@ApplicationPath("scim/v2")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ScimResourceHelper.scimpleFeatureAndResourceClasses();
    }
}
