package defercheck.check;

import defercheck.ir.BasicKind;
import defercheck.ir.Type;
import java.util.List;

/** The relations between types of the Go spec: identity, assignability, convertibility, implementation. */
final class Types {

    private Types() {
    }

    /** Go spec "Type identity": unnamed types structurally, defined types by declaration (record and class equality). */
    static boolean identical(Type a, Type b) {
        return a.equals(b);
    }

    /** Identity ignoring struct tags, as conversions require. */
    static boolean identicalIgnoringTags(Type a, Type b) {
        return stripTags(a).equals(stripTags(b));
    }

    private static Type stripTags(Type t) {
        if (t instanceof Type.Struct s) {
            return new Type.Struct(s.fields().stream()
                    .map(f -> new Type.Field(f.name(), stripTags(f.type()), f.embedded(), "")).toList());
        } else if (t instanceof Type.Pointer p) {
            return new Type.Pointer(stripTags(p.elem()));
        } else if (t instanceof Type.Array a) {
            return new Type.Array(a.length(), stripTags(a.elem()));
        } else if (t instanceof Type.Slice s) {
            return new Type.Slice(stripTags(s.elem()));
        } else if (t instanceof Type.Map m) {
            return new Type.Map(stripTags(m.key()), stripTags(m.value()));
        }
        return t;
    }

    /**
     * Whether {@code t} involves a type that was refused or in error (a defined type whose declaration failed):
     * operands of it stay silent, so that the one message about the declaration does not cascade.
     */
    static boolean broken(Type t) {
        if (t == null || t == Type.INVALID) {
            return true;
        }
        if (t instanceof Type.Named n) {
            return n.underlying() == Type.INVALID;
        } else if (t instanceof Type.Pointer p) {
            return broken(p.elem());
        } else if (t instanceof Type.Slice s) {
            return broken(s.elem());
        } else if (t instanceof Type.Array a) {
            return broken(a.elem());
        } else if (t instanceof Type.Map m) {
            return broken(m.key()) || broken(m.value());
        }
        return false;
    }

    /** Whether {@code t} is a named type in the spec's sense: a defined type, a predeclared type or a type parameter. */
    static boolean isNamed(Type t) {
        return t instanceof Type.Named || t instanceof Type.Basic || t instanceof Type.TypeParam;
    }

    /** The type an untyped value of {@code t} takes where no type is required (Go spec "Constants"). */
    static Type defaultType(Type t) {
        if (!(t instanceof Type.Basic b)) {
            return t;
        }
        return switch (b.kind()) {
            case UNTYPED_BOOL -> Type.BOOL;
            case UNTYPED_INT -> Type.INT;
            case UNTYPED_RUNE -> Type.RUNE;
            case UNTYPED_FLOAT -> Type.FLOAT64;
            case UNTYPED_COMPLEX -> Type.COMPLEX128;
            case UNTYPED_STRING -> Type.STRING;
            default -> t;
        };
    }

    /**
     * Whether every type in the type set of type parameter {@code t} has the property (types2 allInteger and its
     * kin); false for a type parameter without type terms (its type set is every type) and for other types.
     */
    static boolean typeSet(Type t, java.util.function.Predicate<Type> p) {
        List<Type.Term> terms = terms(t);
        return terms != null && !terms.isEmpty() && terms.stream().allMatch(x -> p.test(x.type()));
    }

    /**
     * The core type (Go spec "Core types"): for a type parameter whose type set's types all have one underlying
     * type, that type (else the type parameter itself, which no operation accepts); for other types the
     * underlying type.
     */
    static Type core(Type t) {
        List<Type.Term> terms = terms(t);
        if (terms == null || terms.isEmpty()) {
            return t.underlying();
        }
        Type u = terms.get(0).type().underlying();
        for (Type.Term x : terms) {
            if (!identical(x.type().underlying(), u)) {
                return t;
            }
        }
        return u;
    }

    /** The type terms of type parameter {@code t}'s constraint, or null (no terms, or not a type parameter). */
    static List<Type.Term> terms(Type t) {
        if (t instanceof Type.TypeParam tp && tp.constraint() != null
                && tp.constraint().underlying() instanceof Type.Interface i) {
            return i.terms();
        }
        return null;
    }

    static boolean isInteger(Type t) {
        BasicKind k = t.basicKind();
        return k != null ? k.isInteger() : typeSet(t, Types::isInteger);
    }

    static boolean isUnsigned(Type t) {
        BasicKind k = t.basicKind();
        return k != null ? k.isUnsigned() : typeSet(t, Types::isUnsigned);
    }

    static boolean isFloat(Type t) {
        BasicKind k = t.basicKind();
        return k != null ? k.isFloat() : typeSet(t, Types::isFloat);
    }

    static boolean isComplex(Type t) {
        BasicKind k = t.basicKind();
        return k != null ? k.isComplex() : typeSet(t, Types::isComplex);
    }

    static boolean isNumeric(Type t) {
        BasicKind k = t.basicKind();
        return k != null ? k.isNumeric() : typeSet(t, Types::isNumeric);
    }

    static boolean isString(Type t) {
        BasicKind k = t.basicKind();
        return k != null ? k.isString() : typeSet(t, Types::isString);
    }

    static boolean isBoolean(Type t) {
        BasicKind k = t.basicKind();
        return k != null ? k.isBoolean() : typeSet(t, Types::isBoolean);
    }

    static boolean isOrdered(Type t) {
        BasicKind k = t.basicKind();
        return k != null ? k.isOrdered() : typeSet(t, Types::isOrdered);
    }

    /** Whether {@code t} is {@code []byte} or {@code []rune} (their underlying types), for string conversions. */
    static boolean isBytesOrRunes(Type t) {
        if (t.underlying() instanceof Type.Slice s) {
            BasicKind k = s.elem().basicKind();
            return k == BasicKind.UINT8 || k == BasicKind.INT32;
        }
        return false;
    }

    /**
     * Go spec "Assignability" for a typed value of type {@code v} (untyped constants and nil are handled by the
     * caller): null when assignable, else the reason types2 gives ("" for none).
     */
    static String assignable(Type v, Type t) {
        if (identical(v, t)) {
            return null;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (identical(vu, tu) && (!isNamed(v) || !isNamed(t)) && !(vu instanceof Type.TypeParam)) {
            return null;
        }
        if (vu instanceof Type.Chan vc && tu instanceof Type.Chan tc && vc.dir() == Type.ChanDir.BOTH
                && identical(vc.elem(), tc.elem()) && (!isNamed(v) || !isNamed(t))) {
            return null;
        }
        if (tu instanceof Type.Interface ti && !(t instanceof Type.TypeParam)) {
            String missing = Implements.missing(v, t, ti);
            return missing;
        }
        return "";
    }

    /** Go spec "Conversions" for a non-constant value: whether {@code v} converts to {@code t}. */
    static boolean convertible(Type v, Type t) {
        if (assignable(v, t) == null) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (identicalIgnoringTags(vu, tu)) {
            return true;
        }
        if (v instanceof Type.Pointer vp && t instanceof Type.Pointer tp
                && identicalIgnoringTags(vp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        if ((isInteger(vu) || isFloat(vu)) && (isInteger(tu) || isFloat(tu))) {
            return true;
        }
        if (isComplex(vu) && isComplex(tu)) {
            return true;
        }
        if ((isInteger(vu) || isBytesOrRunes(vu)) && isString(tu)) {
            return true;
        }
        return isString(vu) && isBytesOrRunes(tu);
    }
}
