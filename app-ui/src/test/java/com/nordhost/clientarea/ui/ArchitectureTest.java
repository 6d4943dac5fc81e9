package com.nordhost.clientarea.ui;

import com.nordhost.clientarea.web.testing.WebArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward, and views take the use cases they call (see WebArchitecture). */
@AnalyzeClasses(packages = "com.nordhost.clientarea.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_use_the_domain_not_the_storage = WebArchitecture.viewsUseTheDomainNotTheStorage();

    @ArchTest
    static final ArchRule views_take_use_cases_not_the_assembly = WebArchitecture.viewsTakeUseCasesNotTheAssembly();
}
