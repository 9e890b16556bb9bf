package io.partnerdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In a cluster the session travels between instances: after every request that changed it, it is
 * serialised to the data grid, and another instance reads it back when the next request lands
 * there. View-scoped and session-scoped beans live in the session, so everything they hold must
 * serialise; one field that does not makes the whole session fail to replicate, and the page's
 * next click on another instance finds a fresh, empty bean. This walks every such bean's fields,
 * and the fields of the portal's own types they hold, down to the JDK.
 */
class ReplicatedStateTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.partnerdesk");

    @Test
    void everythingAViewOrSessionScopedBeanHoldsCanBeSerialised() {
        List<Class<?>> beans = PORTAL.stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                .map(JavaClass::reflect)
                .toList();
        assertThat(beans).as("the portal's view- and session-scoped beans").hasSizeGreaterThan(10);

        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, seen);
        }

        assertThat(problems).as("held in the session but not serialisable").isEmpty();
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", problems, seen);
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
            return;
        }
        if (type instanceof TypeVariable<?> || !(type instanceof Class<?> c)) {
            return;
        }
        if (c.isPrimitive() || c.isEnum() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
            // The implementations the portal builds (List.of, ArrayList, HashMap, ...) serialise.
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName());
            return;
        }
        if (!c.getName().startsWith("io.partnerdesk.")) {
            return;
        }
        // The portal's own fields; a library's superclass (a lazy data model) answers for its own.
        for (Class<?> k = c; k != null && k.getName().startsWith("io.partnerdesk."); k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }
}
