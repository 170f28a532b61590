package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.Expr;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of checking an expression (go/types operand). An untyped constant or value has an untyped basic
 * type ({@code untyped int}, ...); a constant has its exact value; {@code tuple} holds a multi-value call's types.
 */
record Operand(Mode mode, Type type, ConstValue value, List<Type> tuple, Expr expr, Obj obj) {

    static Operand invalid(Expr e) {
        return new Operand(Mode.INVALID, null, null, List.of(), e, null);
    }

    /** A value of type {@code t}; invalid when t is {@link Type#INVALID} (something already refused). */
    static Operand value(Expr e, Type t) {
        return of(Mode.VALUE, e, t);
    }

    static Operand of(Mode mode, Expr e, Type t) {
        return Types.broken(t) ? invalid(e) : new Operand(mode, t, null, List.of(), e, null);
    }

    static Operand constant(Expr e, Type t, ConstValue v) {
        return t == Type.INVALID ? invalid(e) : new Operand(Mode.CONSTANT, t, v, List.of(), e, null);
    }

    static Operand untypedConst(Expr e, Type untypedKind, ConstValue v) {
        return constant(e, untypedKind, v);
    }

    static Operand noValue(Expr e) {
        return new Operand(Mode.NOVALUE, null, null, List.of(), e, null);
    }

    static Operand tuple(Expr e, List<Type> types) {
        return new Operand(Mode.TUPLE, null, null, List.copyOf(types), e, null);
    }

    static Operand typeExpr(Expr e, Type t) {
        return t == Type.INVALID ? invalid(e) : new Operand(Mode.TYPE, t, null, List.of(), e, null);
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    boolean isConstant() {
        return mode == Mode.CONSTANT;
    }

    boolean untyped() {
        return type != null && type.isUntyped();
    }

    /** The same operand standing for another expression (a parenthesized one). */
    Operand withExpr(Expr e) {
        return new Operand(mode, type, value, tuple, e, obj);
    }

    Operand withType(Type t) {
        return new Operand(mode, t, value, tuple, expr, obj);
    }

    Operand withValue(ConstValue v) {
        return new Operand(mode, type, v, tuple, expr, obj);
    }

    Operand withMode(Mode m) {
        return new Operand(m, type, value, tuple, expr, obj);
    }

    /** The type as gc names it in messages: "untyped int" for untyped operands. */
    String typeName() {
        if (mode == Mode.NIL) {
            return "untyped nil";
        }
        return String.valueOf(type);
    }

    /** types2's operand description: {@code x (variable of type int)}, {@code 1 (untyped int constant)}. */
    String describe() {
        if (mode == Mode.NIL) {
            return "nil";
        }
        String text = ExprPrinter.print(expr);
        StringBuilder sb = new StringBuilder(text).append(" (");
        boolean hasType = false;
        if (mode == Mode.TUPLE) {
            return text + " (value of type (" + tupleText() + "))";
        }
        if (mode != Mode.INVALID && mode != Mode.NOVALUE && mode != Mode.BUILTIN && mode != Mode.TYPE && type != null) {
            if (type.isUntyped()) {
                sb.append(type).append(' ');
            } else {
                hasType = true;
            }
        }
        sb.append(mode == Mode.BUILTIN ? "built-in function " + obj.name() : mode.text());
        if (mode == Mode.CONSTANT) {
            String v = ConstFormat.format(value);
            if (!v.equals(text)) {
                sb.append(' ').append(v);
            }
        }
        if (hasType) {
            sb.append(" of type ").append(type);
        }
        return sb.append(')').toString();
    }

    private String tupleText() {
        return tuple.stream().map(Type::toString).collect(Collectors.joining(", "));
    }

    /** How gc lists an argument in "have (...)": untyped numeric constants are "number". */
    String haveName() {
        if (mode == Mode.NIL) {
            return "nil";
        }
        if (untyped() && type.basicKind().isNumeric()) {
            return "number";
        }
        // types2 typesSummary drops "untyped " from the other untyped kinds (string, bool)
        return String.valueOf(type).replace("untyped ", "");
    }
}
