package defercheck.semantics.natives;

import defercheck.ir.Instr;
import defercheck.source.SourceFile;
import defercheck.source.Span;
import defercheck.syntax.Diagnostics;
import defercheck.syntax.Lexer;
import defercheck.syntax.Token;
import defercheck.syntax.token.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The line gc gives the instruction a frame is at. gc places a call at its {@code (} (cmd/compile's syntax
 * package: a CallExpr's pos), which is not where the model's span of it starts when the callee expression runs
 * over several lines ({@code func() { ... }()}); the model finds that parenthesis again in the tokens. Other
 * expressions over several lines are placed by gc at their operator ({@code [}, {@code /}, {@code .}), which the
 * instruction's span does not keep: those are refused.
 */
final class CallLines {

    private CallLines() {
    }

    static int line(SourceFile source, Instr in) {
        Span s = in.span();
        if (s.endLine() <= s.line() || in instanceof Instr.Return) {
            return s.line();
        }
        if (in instanceof Instr.Call || in instanceof Instr.CallBuiltin || in instanceof Instr.CallBuiltinSpread) {
            int line = lparenLine(source, s);
            if (line > 0) {
                return line;
            }
        }
        throw new UnsupportedOperationException("runtime.Caller or Callers at " + s.position() + ", an expression "
                + "over several lines (gc places it at its operator's line, which the model does not keep)");
    }

    /** The line of the {@code (} that the call's closing parenthesis at the span's end matches, or 0. */
    private static int lparenLine(SourceFile source, Span s) {
        List<Token> tokens = new ArrayList<>();
        Lexer lexer = new Lexer(source, new Diagnostics());
        for (Token t = lexer.next(); t.kind() != TokenKind.EOF; t = lexer.next()) {
            Span at = t.span();
            if (at.line() > s.endLine()) {
                break;
            }
            boolean afterStart = at.line() > s.line() || at.line() == s.line() && at.col() >= s.col();
            boolean beforeEnd = at.line() < s.endLine() || at.line() == s.endLine() && at.col() < s.endCol();
            if (afterStart && beforeEnd) {
                tokens.add(t);
            }
        }
        int depth = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            TokenKind k = tokens.get(i).kind();
            if (i == tokens.size() - 1 && k != TokenKind.RPAREN) {
                return 0;
            }
            depth += k == TokenKind.RPAREN ? 1 : k == TokenKind.LPAREN ? -1 : 0;
            if (depth == 0) {
                return tokens.get(i).span().line();
            }
        }
        return 0;
    }
}
