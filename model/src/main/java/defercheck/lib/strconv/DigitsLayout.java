package defercheck.lib.strconv;

/**
 * Lays decimal digits out as %e, %f or %g text (strconv's formatDigits, fmtE and fmtF). %g picks %e when
 * the exponent is below -4 or at least the precision (6 for shortest output), and drops trailing zeros.
 */
final class DigitsLayout {

    private DigitsLayout() {
    }

    static StringBuilder append(StringBuilder dst, boolean shortest, boolean neg, DecimalDigits digs, int prec,
            char fmt) {
        switch (fmt) {
            case 'e':
            case 'E':
                return appendE(dst, neg, digs, prec, fmt);
            case 'f':
                return appendF(dst, neg, digs, prec);
            case 'g':
            case 'G':
                return appendG(dst, shortest, neg, digs, prec, fmt);
            default:
                return dst.append('%').append(fmt);
        }
    }

    private static StringBuilder appendG(StringBuilder dst, boolean shortest, boolean neg, DecimalDigits digs,
            int prec, char fmt) {
        int eprec = prec;
        if (eprec > digs.nd && digs.nd >= digs.dp) {
            eprec = digs.nd;
        }
        if (shortest) {
            eprec = 6;
        }
        int exp = digs.dp - 1;
        if (exp < -4 || exp >= eprec) {
            int p = Math.min(prec, digs.nd);
            return appendE(dst, neg, digs, p - 1, (char) (fmt + 'e' - 'g'));
        }
        int p = prec > digs.dp ? digs.nd : prec;
        return appendF(dst, neg, digs, Math.max(p - digs.dp, 0));
    }

    /** -d.ddddde±dd */
    static StringBuilder appendE(StringBuilder dst, boolean neg, DecimalDigits d, int prec, char fmt) {
        if (neg) {
            dst.append('-');
        }
        dst.append(d.nd != 0 ? d.digit(0) : '0');
        if (prec > 0) {
            dst.append('.');
            int m = Math.min(d.nd, prec + 1);
            for (int i = 1; i < m; i++) {
                dst.append(d.digit(i));
            }
            for (int i = Math.max(m, 1); i <= prec; i++) {
                dst.append('0');
            }
        }
        dst.append(fmt);
        int exp = d.nd == 0 ? 0 : d.dp - 1;
        dst.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            dst.append('0');
        }
        return dst.append(exp);
    }

    /** -ddddddd.ddddd */
    static StringBuilder appendF(StringBuilder dst, boolean neg, DecimalDigits d, int prec) {
        if (neg) {
            dst.append('-');
        }
        if (d.dp > 0) {
            int m = Math.min(d.nd, d.dp);
            for (int i = 0; i < m; i++) {
                dst.append(d.digit(i));
            }
            for (int i = m; i < d.dp; i++) {
                dst.append('0');
            }
        } else {
            dst.append('0');
        }
        if (prec > 0) {
            dst.append('.');
            for (int i = 0; i < prec; i++) {
                int j = d.dp + i;
                dst.append(j >= 0 && j < d.nd ? d.digit(j) : '0');
            }
        }
        return dst;
    }
}
