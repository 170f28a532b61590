package defercheck.check;

import defercheck.ir.Type;
import defercheck.syntax.ast.ConstDecl;
import defercheck.syntax.ast.ConstSpec;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.Ident;
import java.util.ArrayList;
import java.util.List;

/**
 * Constant declarations (Go spec "Constant declarations", "Iota"): each spec's values are checked with iota set
 * to the spec's index; a spec without values repeats the last values (the parser shares those expressions).
 */
final class ConstChecker {

    private final Env env;

    ConstChecker(Env env) {
        this.env = env;
    }

    /** Checks the declaration and returns its constants, in order (not yet in any scope). */
    List<ConstObj> decl(ConstDecl d) {
        List<ConstObj> out = new ArrayList<>();
        for (ConstSpec spec : d.specs()) {
            out.addAll(spec(spec));
        }
        return out;
    }

    private List<ConstObj> spec(ConstSpec spec) {
        Integer outer = env.iota;
        env.iota = spec.iota();
        try {
            Type declared = spec.type() == null ? null : env.types.resolve(spec.type());
            List<ConstObj> out = new ArrayList<>();
            for (int i = 0; i < spec.names().size(); i++) {
                Ident name = spec.names().get(i);
                Operand x = value(spec, i, declared);
                out.add(x == null ? new ConstObj(name.name(), null, Type.INVALID, name.span())
                        : new ConstObj(name.name(), x.value(), x.type(), name.span()));
            }
            countMismatch(spec);
            return out;
        } finally {
            env.iota = outer;
        }
    }

    /** The i-th constant as an operand of its final type (untyped without a declared type), or null after an error. */
    private Operand value(ConstSpec spec, int i, Type declared) {
        if (i >= spec.values().size()) {
            return null;
        }
        Expr e = spec.values().get(i);
        Operand x = env.exprs.value(e);
        if (x.invalid() || declared == Type.INVALID) {
            return null;
        }
        if (!x.isConstant()) {
            env.error(e.span(), x.describe() + " is not constant");
            return null;
        }
        if (declared == null) {
            return x;
        }
        if (!(declared.underlying() instanceof Type.Basic b && b.kind().isConstType())) {
            env.error(spec.type().span(), "invalid constant type " + declared);
            return null;
        }
        if (!env.assign.assign(x, declared, "constant declaration")) {
            return null;
        }
        return x.withType(declared).withValue(ConstOps.representable(x.value(), declared.basicKind()).value());
    }

    private void countMismatch(ConstSpec spec) {
        int names = spec.names().size();
        int values = spec.values().size();
        if (values == 0 && !spec.implicit() && spec.type() == null) {
            env.error(spec.names().get(0).span(), "missing init expr for const declaration");
        } else if (values < names) {
            env.error(spec.names().get(values).span(), "missing init expr for const declaration");
        } else if (values > names) {
            env.error(spec.values().get(names).span(), "extra init expr");
        }
    }
}
