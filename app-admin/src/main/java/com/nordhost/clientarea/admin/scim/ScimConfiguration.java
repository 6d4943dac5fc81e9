package com.nordhost.clientarea.admin.scim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.directory.scim.server.configuration.ServerConfiguration;
import org.apache.directory.scim.spec.schema.ServiceProviderConfiguration.AuthenticationSchema;
import org.apache.directory.scim.spec.schema.ServiceProviderConfiguration.BulkConfiguration;

/** What /ServiceProviderConfig claims, and nothing more than the tests prove (docs/scim.md). */
@ApplicationScoped
public class ScimConfiguration {

    @Produces
    @ApplicationScoped
    ServerConfiguration serverConfiguration() {
        ServerConfiguration configuration = new WithoutBulk();
        configuration.setId("nordhost-client-area");
        configuration.setSupportsChangePassword(true);
        configuration.setSupportsFilter(true);
        configuration.setFilterMaxResults(CustomerUsers.MAX_PAGE_SIZE);
        configuration.setSupportsSort(false);
        // No documentationUri: SCIMple 1.0.0-M1 writes it as "documentationUrl", which strict clients refuse.
        configuration.addAuthenticationSchema(AuthenticationSchema.oauthBearer()
                .setDescription("An API token an ADMIN creates in the back-office (API tokens), as a bearer token."));
        return configuration;
    }

    /** SCIMple claims Bulk by default and has no setter for it; ApiTokenFilter answers 501 at /Bulk. */
    static final class WithoutBulk extends ServerConfiguration {

        @Override
        public boolean isSupportsBulk() {
            return false;
        }

        @Override
        public BulkConfiguration getBulkConfiguration() {
            BulkConfiguration bulk = new BulkConfiguration();
            bulk.setSupported(false);
            return bulk;
        }
    }
}
