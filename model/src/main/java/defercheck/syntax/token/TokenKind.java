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
        switch (this) {
            case LOR: return 1;
            case LAND: return 2;
            case EQL: case NEQ: case LSS: case LEQ: case GTR: case GEQ: return 3;
            case ADD: case SUB: case OR: case XOR: return 4;
            case MUL: case QUO: case REM: case SHL: case SHR: case AND: case AND_NOT: return 5;
            default: return 0;
        }
    }

    /** For an assignment operator such as {@code +=}, the binary operator; else null. */
    public TokenKind assignOpBase() {
        switch (this) {
            case ADD_ASSIGN: return ADD;
            case SUB_ASSIGN: return SUB;
            case MUL_ASSIGN: return MUL;
            case QUO_ASSIGN: return QUO;
            case REM_ASSIGN: return REM;
            case AND_ASSIGN: return AND;
            case OR_ASSIGN: return OR;
            case XOR_ASSIGN: return XOR;
            case SHL_ASSIGN: return SHL;
            case SHR_ASSIGN: return SHR;
            case AND_NOT_ASSIGN: return AND_NOT;
            default: return null;
        }
    }
}
