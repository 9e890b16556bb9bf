package io.partnerdesk.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lets pages read the components of Java records ({@code #{row.title}} calls {@code row.title()}),
 * which Jakarta EL 5 does not do by itself (EL 6 does). Records stay read-only. The accessors of each
 * record class are looked up once: a list page reads several components of every row it renders.
 */
public class RecordELResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    accessors.put(component.getName(), component.getAccessor());
                }
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<Method> accessor = component(base, property);
        if (accessor.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.get().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new jakarta.el.ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (component(base, property).isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isEmpty()) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static Optional<Method> component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ACCESSORS.get(base.getClass()).get(property.toString()));
    }
}
