package io.partnerdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The house rules of the code, checked on every build: features depend on each other without
 * cycles, {@code shared} is the ground floor below every feature, and inside a feature the domain
 * knows nothing of how it is used while pages and endpoints reach it through the application layer.
 */
@AnalyzeClasses(packages = "io.partnerdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern FEATURE_LAYER = Pattern.compile("io\\.partnerdesk\\.(\\w+)\\.(\\w+)(\\..*)?");

    @ArchTest
    static final ArchRule featuresDependOnEachOtherWithoutCycles = slices().matching("io.partnerdesk.(*)..")
            .namingSlices("feature $1")
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedImportsNoFeature = noClasses()
            .that()
            .resideInAPackage("io.partnerdesk.shared..")
            .should()
            .dependOnClassesThat(inAFeature())
            .because("shared is the ground floor every feature stands on");

    @ArchTest
    static final ArchRule domainKnowsNothingOfItsUse = noClasses()
            .that(inLayer("domain"))
            .should()
            .dependOnClassesThat(inLayer("application", "api", "ui"))
            .because("the domain states the rules; how they are used is the business of the layers above it");

    @ArchTest
    static final ArchRule applicationKnowsNoPageOrEndpoint = noClasses()
            .that(inLayer("application"))
            .should()
            .dependOnClassesThat(inLayer("api", "ui"))
            .because("use cases serve pages and endpoints alike");

    @ArchTest
    static final ArchRule pagesAndEndpointsReachTheDomainThroughTheApplication = noClasses()
            .that(inLayer("api", "ui"))
            .should()
            .dependOnClassesThat(repositories())
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("reading and changing data is a use case of the application layer, with its roles and"
                    + " its cut to the caller's organisation");

    @ArchTest
    static final ArchRule endpointsAndPagesStayApart = noClasses()
            .that(inLayer("api"))
            .should()
            .dependOnClassesThat(inLayer("ui"))
            .because("an endpoint and a page are two faces of a use case, neither built on the other");

    @ArchTest
    static final ArchRule pagesStayApartFromEndpoints = noClasses()
            .that(inLayer("ui"))
            .should()
            .dependOnClassesThat(inLayer("api"))
            .because("an endpoint and a page are two faces of a use case, neither built on the other");

    private static DescribedPredicate<JavaClass> inAFeature() {
        return DescribedPredicate.describe(
                "belong to a feature",
                c -> c.getPackageName().startsWith("io.partnerdesk.")
                        && !c.getPackageName().startsWith("io.partnerdesk.shared"));
    }

    private static DescribedPredicate<JavaClass> inLayer(String... layers) {
        Set<String> wanted = Set.of(layers);
        return DescribedPredicate.describe("are in a feature's " + String.join(" or ", layers) + " layer", c -> {
            var matcher = FEATURE_LAYER.matcher(c.getPackageName());
            return matcher.matches() && !"shared".equals(matcher.group(1)) && wanted.contains(matcher.group(2));
        });
    }

    private static DescribedPredicate<JavaClass> repositories() {
        return DescribedPredicate.describe(
                "are repositories",
                c -> c.getPackageName().endsWith(".domain")
                        && (c.getSimpleName().endsWith("Repository")
                                || c.getSimpleName().endsWith("Inserts")));
    }
}
