package com.nordhost.clientarea.web;

import com.nordhost.clientarea.web.testing.WebArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared web pieces keep the same rules as the apps that use them. */
@AnalyzeClasses(packages = "com.nordhost.clientarea.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule web_pieces_use_the_domain_not_the_storage = WebArchitecture.viewsUseTheDomainNotTheStorage();

    @ArchTest
    static final ArchRule web_pieces_take_use_cases_not_the_assembly =
            WebArchitecture.viewsTakeUseCasesNotTheAssembly();
}
