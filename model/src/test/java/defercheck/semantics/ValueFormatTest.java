package defercheck.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import defercheck.ir.Type;
import defercheck.source.GoVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFormatTest {
    private static final Value ONE = new Value.IntValue(1);
    private static final Value TWO = new Value.IntValue(2);
    private static final Value S = new Value.StringValue("s");

    @Test
    void printlnAndPrint() {
        assertEquals("1 true s\n", ValueFormat.println(List.of(ONE, Value.BoolValue.TRUE, S)));
        assertEquals("12", ValueFormat.print(List.of(ONE, TWO)));
    }

    @Test
    void panicValuesPrintLikePrintpanicval() {
        GoVersion v22 = new GoVersion(22);
        assertEquals("nil", ValueFormat.panicValue(new Value.NilValue(Type.ANY), v22));
        assertEquals("runtime error: integer divide by zero", ValueFormat.panicValue(
                new Value.RuntimeErrorValue(RuntimeErrorKind.ERROR_STRING, "runtime error: integer divide by zero"), v22));
        assertEquals("a\nb", ValueFormat.panicValue(new Value.StringValue("a\nb"), v22));
    }

    @Test
    void go123IndentsMultiLinePanicStrings() {
        assertEquals("a\n\tb", ValueFormat.panicValue(new Value.StringValue("a\nb"), new GoVersion(23)));
    }
}
