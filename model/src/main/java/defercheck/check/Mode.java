package defercheck.check;

/** What kind of thing an expression evaluated to (go/types operand modes). */
enum Mode { INVALID, NOVALUE, VALUE, VARIABLE, CONSTANT, NIL, TUPLE, TYPE, BUILTIN, PACKAGE }
