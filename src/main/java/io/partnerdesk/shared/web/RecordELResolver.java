package io.partnerdesk.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read the components of Java records ({@code #{row.title}} calls {@code row.title()}),
 * which Jakarta EL 5 does not do by itself (EL 6 does). Records stay read-only.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<RecordComponent> component = component(base, property);
        if (component.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return component.get().getAccessor().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new jakarta.el.ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Optional<RecordComponent> component = component(base, property);
        if (component.isEmpty()) {
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

    private static Optional<RecordComponent> component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        String name = property.toString();
        return Arrays.stream(base.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst();
    }
}
