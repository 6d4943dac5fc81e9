package com.nordhost.clientarea.web.testing;

import com.nordhost.clientarea.domain.shared.Port;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The rules every web module keeps; each module's ArchitectureTest applies them to its own classes. */
public final class WebArchitecture {

    private WebArchitecture() {
    }

    /**
     * Views talk to the domain's use cases, never to JPA or to the persistence module (on a WAR's class path
     * only to be packaged with it).
     */
    public static ArchRule viewsUseTheDomainNotTheStorage() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "com.nordhost.clientarea.persistence..", "jakarta.persistence..", "org.eclipse.persistence..",
                "java.sql..", "javax.sql..");
    }

    /**
     * Views take the use cases they call in their constructors: nothing in the web modules reaches for the
     * domain's assembly or any of its ports (marked {@link Port}, whatever they are called), so no view can pull a use
     * case or a repository out of a bundle or go around a use case's rules.
     */
    public static ArchRule viewsTakeUseCasesNotTheAssembly() {
        return noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                        "com.nordhost.clientarea.domain.DomainServices")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.nordhost.clientarea.domain.DomainPorts")
                .orShould().dependOnClassesThat().areAnnotatedWith(Port.class);
    }
}
