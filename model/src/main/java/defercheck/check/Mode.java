package defercheck.check;

/** What kind of thing an expression evaluated to (go/types operand modes). */
enum Mode {
    INVALID("invalid operand"), NOVALUE("no value"), VALUE("value"), VARIABLE("variable"),
    MAPINDEX("map index expression"), CONSTANT("constant"), NIL("nil"), TUPLE("value"), TYPE("type"),
    BUILTIN("built-in"), PACKAGE("package"), COMMAOK("comma, ok expression");

    private final String text;

    Mode(String text) {
        this.text = text;
    }

    /** How types2 names the mode in an operand's description. */
    String text() {
        return text;
    }
}
