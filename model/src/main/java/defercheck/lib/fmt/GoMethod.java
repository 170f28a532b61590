package defercheck.lib.fmt;

/** A method fmt calls, with the name its panic message uses ({@code %!v(PANIC=String method: ...)}). */
public enum GoMethod {
    ERROR("Error"),
    STRING("String"),
    GO_STRING("GoString");

    private final String goName;

    GoMethod(String goName) {
        this.goName = goName;
    }

    public String goName() {
        return goName;
    }
}
