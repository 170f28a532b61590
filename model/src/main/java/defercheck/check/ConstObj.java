package defercheck.check;

import defercheck.ir.Type;
import defercheck.source.Span;

/**
 * A named constant: true, false, iota (whose value depends on where it is used: {@code value} is null), or one
 * declared by a const declaration, with its exact value and its type (an untyped kind or a typed one).
 * {@code declared} is null for the predeclared ones.
 */
public record ConstObj(String name, ConstValue value, Type type, Span declared) implements Obj {

    ConstObj(String name, ConstValue value, Type type) {
        this(name, value, type, null);
    }
}
