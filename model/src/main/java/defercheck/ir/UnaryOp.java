package defercheck.ir;

public enum UnaryOp {
    NEG("-"), NOT("!"), COMPLEMENT("^"), PLUS("+");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
