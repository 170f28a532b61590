package defercheck.syntax.token;

/** Go's tokens (spec section "Tokens"); {@code text} is how gc names the token in syntax errors. */
public enum TokenKind {
    EOF("EOF"), ILLEGAL("illegal"),
    IDENT("name"), INT("literal"), FLOAT("literal"), IMAG("literal"), CHAR("literal"), STRING("literal"),

    BREAK("break"), CASE("case"), CHAN("chan"), CONST("const"), CONTINUE("continue"), DEFAULT("default"),
    DEFER("defer"), ELSE("else"), FALLTHROUGH("fallthrough"), FOR("for"), FUNC("func"), GO("go"),
    GOTO("goto"), IF("if"), IMPORT("import"), INTERFACE("interface"), MAP("map"), PACKAGE("package"),
    RANGE("range"), RETURN("return"), SELECT("select"), STRUCT("struct"), SWITCH("switch"), TYPE("type"),
    VAR("var"),

    ADD("+"), SUB("-"), MUL("*"), QUO("/"), REM("%"),
    AND("&"), OR("|"), XOR("^"), SHL("<<"), SHR(">>"), AND_NOT("&^"),
    ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), QUO_ASSIGN("/="), REM_ASSIGN("%="),
    AND_ASSIGN("&="), OR_ASSIGN("|="), XOR_ASSIGN("^="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="),
    LAND("&&"), LOR("||"), ARROW("<-"), INC("++"), DEC("--"),
    EQL("=="), LSS("<"), GTR(">"), ASSIGN("="), NOT("!"), TILDE("~"),
    NEQ("!="), LEQ("<="), GEQ(">="), DEFINE(":="), ELLIPSIS("..."),
    LPAREN("("), LBRACK("["), LBRACE("{"), COMMA("comma"), PERIOD("."),
    RPAREN(")"), RBRACK("]"), RBRACE("}"), SEMICOLON("semicolon"), COLON(":");

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal() && ordinal() <= VAR.ordinal();
    }

    public boolean isLiteral() {
        return ordinal() >= INT.ordinal() && ordinal() <= STRING.ordinal();
    }

    /** The binary operator precedence of Go's spec (5 binds tightest), or 0 for other tokens. */
    public int precedence() {
        return switch (this) {
            case LOR -> 1;
            case LAND -> 2;
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> 3;
            case ADD, SUB, OR, XOR -> 4;
            case MUL, QUO, REM, SHL, SHR, AND, AND_NOT -> 5;
            default -> 0;
        };
    }

    /** For an assignment operator such as {@code +=}, the binary operator; else null. */
    public TokenKind assignOpBase() {
        return switch (this) {
            case ADD_ASSIGN -> ADD;
            case SUB_ASSIGN -> SUB;
            case MUL_ASSIGN -> MUL;
            case QUO_ASSIGN -> QUO;
            case REM_ASSIGN -> REM;
            case AND_ASSIGN -> AND;
            case OR_ASSIGN -> OR;
            case XOR_ASSIGN -> XOR;
            case SHL_ASSIGN -> SHL;
            case SHR_ASSIGN -> SHR;
            case AND_NOT_ASSIGN -> AND_NOT;
            default -> null;
        };
    }
}
