package defercheck.ir;

/** Binary operators after lowering; {@code &&} and {@code ||} become jumps. ADD also concatenates strings. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"),
    AND_BITS("&"), OR_BITS("|"), XOR("^"), AND_NOT("&^"), SHL("<<"), SHR(">>"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
