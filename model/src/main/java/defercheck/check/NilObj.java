package defercheck.check;

/** The predeclared nil. */
public record NilObj(String name) implements Obj { }
