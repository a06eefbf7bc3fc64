package org.tomatic;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The floors of the modular monolith. Each direct sub-package of {@code org.tomatic} is a module whose API is its
 * base package plus the named interfaces its {@code package-info.java} declares; {@code verify()} fails on a cycle
 * between modules, on a use of another module's internals, and on a dependency a module does not allow (system
 * allows none, load only system).
 */
class ModuleBoundaryTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TomaticApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** Inside the planner, the solver is pure: it sees no other Tomatic package, not even the planner's own. */
    @Test
    void theSolverUsesNoModule() {
        noClasses().that().resideInAPackage("org.tomatic.planner.solver..")
            .should().dependOnClassesThat(resideInAPackage("org.tomatic..")
                .and(not(resideInAPackage("org.tomatic.planner.solver.."))))
            .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tomatic.planner.solver"));
    }
}
