package defercheck.check;

import defercheck.ir.Constant;
import defercheck.syntax.token.TokenKind;

/**
 * Constant folding for the subset's int (64-bit, exact: overflow is reported by returning null),
 * string and bool constants.
 */
final class Constants {

    private Constants() {
    }

    static String format(Constant c) {
        if (c instanceof Constant.IntConst) {
            return Long.toString(((Constant.IntConst) c).value());
        } else if (c instanceof Constant.StringConst) {
            return quote(((Constant.StringConst) c).value());
        } else if (c instanceof Constant.BoolConst) {
            return Boolean.toString(((Constant.BoolConst) c).value());
        }
        return "nil";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /** Folds {@code a op b} of the same kind; null when the result overflows int64 or the shift is too large. */
    static Constant binary(TokenKind op, Constant a, Constant b) {
        if (a instanceof Constant.IntConst) {
            return ints(op, ((Constant.IntConst) a).value(), ((Constant.IntConst) b).value());
        } else if (a instanceof Constant.StringConst) {
            return strings(op, ((Constant.StringConst) a).value(), ((Constant.StringConst) b).value());
        }
        return bools(op, ((Constant.BoolConst) a).value(), ((Constant.BoolConst) b).value());
    }

    private static Constant ints(TokenKind op, long x, long y) {
        try {
            switch (op) {
                case ADD: return new Constant.IntConst(Math.addExact(x, y));
                case SUB: return new Constant.IntConst(Math.subtractExact(x, y));
                case MUL: return new Constant.IntConst(Math.multiplyExact(x, y));
                case QUO: return x == Long.MIN_VALUE && y == -1 ? null : new Constant.IntConst(x / y);
                case REM: return new Constant.IntConst(x % y);
                case AND: return new Constant.IntConst(x & y);
                case OR: return new Constant.IntConst(x | y);
                case XOR: return new Constant.IntConst(x ^ y);
                case AND_NOT: return new Constant.IntConst(x & ~y);
                case SHL: return shiftLeft(x, y);
                case SHR: return new Constant.IntConst(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
                default: return compare(op, Long.compare(x, y));
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private static Constant shiftLeft(long x, long y) {
        if (y >= 64 || (y > 0 && (x >= 0 ? Long.numberOfLeadingZeros(x) <= y : Long.numberOfLeadingZeros(~x) <= y))) {
            return x == 0 ? new Constant.IntConst(0) : null;
        }
        return new Constant.IntConst(x << y);
    }

    private static Constant strings(TokenKind op, String x, String y) {
        return op == TokenKind.ADD ? new Constant.StringConst(x + y) : compare(op, x.compareTo(y));
    }

    private static Constant bools(TokenKind op, boolean x, boolean y) {
        switch (op) {
            case LAND: return new Constant.BoolConst(x && y);
            case LOR: return new Constant.BoolConst(x || y);
            case EQL: return new Constant.BoolConst(x == y);
            default: return new Constant.BoolConst(x != y);
        }
    }

    private static Constant compare(TokenKind op, int c) {
        switch (op) {
            case EQL: return new Constant.BoolConst(c == 0);
            case NEQ: return new Constant.BoolConst(c != 0);
            case LSS: return new Constant.BoolConst(c < 0);
            case LEQ: return new Constant.BoolConst(c <= 0);
            case GTR: return new Constant.BoolConst(c > 0);
            case GEQ: return new Constant.BoolConst(c >= 0);
            default: throw new AssertionError(op);
        }
    }

    /** Folds a unary operation; null on overflow. */
    static Constant unary(TokenKind op, Constant a) {
        if (a instanceof Constant.BoolConst) {
            return new Constant.BoolConst(!((Constant.BoolConst) a).value());
        }
        long x = ((Constant.IntConst) a).value();
        switch (op) {
            case SUB: return x == Long.MIN_VALUE ? null : new Constant.IntConst(-x);
            case XOR: return new Constant.IntConst(~x);
            default: return a;
        }
    }

    static boolean isZero(Constant c) {
        return c instanceof Constant.IntConst && ((Constant.IntConst) c).value() == 0;
    }
}
