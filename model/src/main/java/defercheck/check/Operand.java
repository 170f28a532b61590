package defercheck.check;

import defercheck.ir.Constant;
import defercheck.ir.Type;
import defercheck.syntax.ExprPrinter;
import defercheck.syntax.ast.Expr;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of checking an expression. For an untyped constant, {@code untyped} is true and
 * {@code type} is its kind (int, string or bool); {@code tuple} holds a multi-value call's types.
 */
record Operand(Mode mode, Type type, Constant value, boolean untyped, List<Type> tuple, Expr expr, Obj obj) {

    static Operand invalid(Expr e) {
        return new Operand(Mode.INVALID, null, null, false, List.of(), e, null);
    }

    /** A value of type {@code t}; invalid when t is {@link Type#INVALID} (something already refused). */
    static Operand value(Expr e, Type t) {
        return t == Type.INVALID ? invalid(e) : new Operand(Mode.VALUE, t, null, false, List.of(), e, null);
    }

    static Operand untypedConst(Expr e, Constant c) {
        return new Operand(Mode.CONSTANT, c.type(), c, true, List.of(), e, null);
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    boolean isConstant() {
        return mode == Mode.CONSTANT;
    }

    /** The type as gc names it in messages: "untyped int" for untyped constants. */
    String typeName() {
        if (mode == Mode.NIL) {
            return "untyped nil";
        }
        return untyped ? "untyped " + type : String.valueOf(type);
    }

    /** gc's operand description: {@code x (variable of type int)}, {@code 1 (untyped int constant)}. */
    String describe() {
        String text = ExprPrinter.print(expr);
        switch (mode) {
            case VARIABLE: return text + " (variable of type " + type + ")";
            case VALUE: return text + " (value of type " + type + ")";
            case NOVALUE: return text + " (no value)";
            case NIL: return "nil";
            case TUPLE: return text + " (value of type (" + tupleText() + "))";
            case TYPE: return text + " (type)";
            case CONSTANT: return text + constantSuffix(text);
            default: return text;
        }
    }

    private String constantSuffix(String text) {
        String v = Constants.format(value);
        if (untyped) {
            return text.equals(v) ? " (" + typeName() + " constant)" : " (" + typeName() + " constant " + v + ")";
        }
        return (text.equals(v) ? " (constant" : " (constant " + v) + " of type " + type + ")";
    }

    private String tupleText() {
        return tuple.stream().map(Type::toString).collect(Collectors.joining(", "));
    }

    /** How gc lists an argument in "have (...)": untyped numeric constants are "number". */
    String haveName() {
        if (mode == Mode.NIL) {
            return "nil";
        }
        if (untyped) {
            return type == Type.INT ? "number" : String.valueOf(type);
        }
        return String.valueOf(type);
    }
}
