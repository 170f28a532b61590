package defercheck.check;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A deep copy of a syntax tree. Each instantiation of a generic function or method is checked on its own copy of
 * the declaration, so that the checker's results, which are keyed by node identity, and the lowering keep one
 * set per instantiation, as gc stencils one body per instantiation.
 */
final class AstCopy {

    private static final String AST = "defercheck.syntax.ast.";

    private AstCopy() {
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T node) {
        return (T) copyValue(node);
    }

    private static Object copyValue(Object v) {
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(copyValue(o));
            }
            return out;
        }
        if (v instanceof Record r && r.getClass().getName().startsWith(AST)) {
            return copyRecord(r);
        }
        return v;
    }

    private static Object copyRecord(Record r) {
        RecordComponent[] parts = r.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                values[i] = copyValue(parts[i].getAccessor().invoke(r));
                types[i] = parts[i].getType();
            }
            Constructor<?> c = r.getClass().getDeclaredConstructor(types);
            c.setAccessible(true);
            return c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy syntax node " + r.getClass().getSimpleName(), e);
        }
    }
}
