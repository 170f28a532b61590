package defercheck.semantics.natives;

import defercheck.ir.Type;
import defercheck.lib.math.GoMath;
import defercheck.semantics.NativeArgs;
import defercheck.semantics.NativeCall.Step;
import defercheck.semantics.NativePackage;
import defercheck.semantics.NativeTable;
import defercheck.semantics.Value;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Package math's natives (declarations: resources defercheck/lib/decl/math.go) over lib.math's GoMath, which
 * gives Go's bits, NaN payloads included. A math.Pow that GoMath cannot answer exactly is refused when called.
 */
public final class MathNatives implements NativePackage {

    @Override
    public String path() {
        return "math";
    }

    @Override
    public void register(NativeTable t) {
        unary(t, "Abs", GoMath::abs);
        unary(t, "Ceil", GoMath::ceil);
        unary(t, "Floor", GoMath::floor);
        unary(t, "Trunc", GoMath::trunc);
        unary(t, "Round", GoMath::round);
        unary(t, "RoundToEven", GoMath::roundToEven);
        unary(t, "Sqrt", GoMath::sqrt);
        binary(t, "Copysign", GoMath::copysign);
        binary(t, "Dim", GoMath::dim);
        binary(t, "Max", GoMath::max);
        binary(t, "Min", GoMath::min);
        binary(t, "Mod", GoMath::mod);
        binary(t, "Remainder", GoMath::remainder);
        binary(t, "Nextafter", GoMath::nextafter);
        t.step("math.NaN", a -> a.done(float64(GoMath.nan())));
        t.step("math.Inf", a -> a.done(float64(GoMath.inf(a.integer(0)))));
        t.step("math.IsNaN", a -> a.done(GoMath.isNaN(f64(a, 0))));
        t.step("math.IsInf", a -> a.done(GoMath.isInf(f64(a, 0), a.integer(1))));
        t.step("math.Signbit", a -> a.done(GoMath.signbit(f64(a, 0))));
        t.step("math.Float64bits", a -> a.done(GoMath.float64bits(f64(a, 0))));
        t.step("math.Float64frombits", a -> a.done(float64(GoMath.float64frombits(a.integer(0)))));
        t.step("math.Float32bits", a -> a.done(GoMath.float32bits((float) f64(a, 0)) & 0xFFFF_FFFFL));
        t.step("math.Float32frombits", a -> a.done(float32(GoMath.float32frombits((int) a.integer(0)))));
        t.step("math.Nextafter32", a -> a.done(float32(GoMath.nextafter32((float) f64(a, 0), (float) f64(a, 1)))));
        t.step("math.Frexp", a -> {
            GoMath.Frexp r = GoMath.frexp(f64(a, 0));
            return a.done(float64(r.frac()), r.exp());
        });
        t.step("math.Ldexp", a -> a.done(float64(GoMath.ldexp(f64(a, 0), a.integer(1)))));
        t.step("math.Modf", a -> {
            GoMath.Modf r = GoMath.modf(f64(a, 0));
            return a.done(float64(r.intPart()), float64(r.frac()));
        });
        t.step("math.Pow", MathNatives::pow);
    }

    private static void unary(NativeTable t, String name, DoubleUnaryOperator f) {
        t.step("math." + name, a -> a.done(float64(f.applyAsDouble(f64(a, 0)))));
    }

    private static void binary(NativeTable t, String name, DoubleBinaryOperator f) {
        t.step("math." + name, a -> a.done(float64(f.applyAsDouble(f64(a, 0), f64(a, 1)))));
    }

    private static double f64(NativeArgs a, int i) {
        return ((Value.FloatValue) a.arg(i)).value();
    }

    private static Value float64(double d) {
        return new Value.FloatValue(Type.FLOAT64, d);
    }

    private static Value float32(float f) {
        return new Value.FloatValue(Type.FLOAT32, f);
    }

    /** Go computes the other powers with Exp and Log, assembly whose last bit the model does not promise. */
    private static Step pow(NativeArgs a) {
        double x = f64(a, 0);
        double y = f64(a, 1);
        if (!GoMath.powSupported(x, y)) {
            return new Step.Refused("math.Pow with a fractional exponent (Go computes it with Exp and Log, "
                    + "whose last bit the model does not promise)");
        }
        return a.done(float64(GoMath.pow(x, y)));
    }
}
