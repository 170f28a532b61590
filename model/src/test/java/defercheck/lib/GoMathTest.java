package defercheck.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import defercheck.lib.math.GoMath;
import defercheck.source.GoVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@link GoMath} bit for bit (NaN payloads included) against lib/gen/math.go. */
class GoMathTest {

    @TempDir
    Path work;

    @TestFactory
    List<DynamicTest> recorded() {
        return GoCases.recorded("math", GoMathTest::check);
    }

    @TestFactory
    List<DynamicTest> live() throws Exception {
        return GoCases.live("math", GoMathTest::check, work);
    }

    @Test
    void powWithAFractionalExponentIsRefused() {
        assertFalse(GoMath.powSupported(2, 1.5));
        assertThrows(UnsupportedOperationException.class, () -> GoMath.pow(2, 1.5));
        assertEquals(GoMath.NAN_BITS, Double.doubleToRawLongBits(GoMath.pow(-8, 1.5)));
    }

    static String check(String line, GoVersion v) {
        String[] f = line.split(" ");
        double x = bits(f[1]);
        String want = f[f.length - 1];
        double got;
        if (f.length == 3) {
            got = one(f[0]).applyAsDouble(x);
        } else {
            double y = bits(f[2]);
            if (f[0].equals("PowFrac") && !GoMath.powSupported(x, y)) {
                return null;
            }
            got = two(f[0]).applyAsDouble(x, y);
        }
        String g = Long.toHexString(Double.doubleToRawLongBits(got));
        return g.equals(want) ? null : f[0] + ": want " + want + " got " + g;
    }

    private static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    private static DoubleUnaryOperator one(String name) {
        switch (name) {
            case "Abs": return GoMath::abs;
            case "Floor": return GoMath::floor;
            case "Ceil": return GoMath::ceil;
            case "Trunc": return GoMath::trunc;
            case "Round": return GoMath::round;
            case "RoundToEven": return GoMath::roundToEven;
            case "Sqrt": return GoMath::sqrt;
            case "FrexpFrac": return x -> GoMath.frexp(x).frac();
            case "FrexpExp": return x -> GoMath.frexp(x).exp();
            case "ModfInt": return x -> GoMath.modf(x).intPart();
            case "ModfFrac": return x -> GoMath.modf(x).frac();
            case "Signbit": return x -> GoMath.signbit(x) ? 1 : 0;
            case "IsNaN": return x -> GoMath.isNaN(x) ? 1 : 0;
            case "IsInf": return x -> GoMath.isInf(x, 1) ? 1 : GoMath.isInf(x, -1) ? -1 : 0;
            case "Nextafter32": return x -> GoMath.nextafter32((float) x, 1);
            case "Float32bits": return x -> Integer.toUnsignedLong(GoMath.float32bits((float) x));
            default: throw new IllegalArgumentException(name);
        }
    }

    private static DoubleBinaryOperator two(String name) {
        switch (name) {
            case "Mod": return GoMath::mod;
            case "Remainder": return GoMath::remainder;
            case "Max": return GoMath::max;
            case "Min": return GoMath::min;
            case "Dim": return GoMath::dim;
            case "Copysign": return GoMath::copysign;
            case "Nextafter": return GoMath::nextafter;
            case "Ldexp": return (x, y) -> GoMath.ldexp(x, Double.doubleToRawLongBits(y) % 2300);
            case "Pow": return (x, y) -> GoMath.pow(x, GoMath.trunc(y));
            case "PowFrac": return GoMath::pow;
            default: throw new IllegalArgumentException(name);
        }
    }
}
