package defercheck.syntax;

import defercheck.syntax.token.TokenKind;
import defercheck.source.SourceFile;
import defercheck.source.Span;
import defercheck.syntax.ast.ConstDecl;
import defercheck.syntax.ast.ConstSpec;
import defercheck.syntax.ast.Decl;
import defercheck.syntax.ast.Field;
import defercheck.syntax.ast.TypeDecl;
import defercheck.syntax.ast.TypeSpec;
import defercheck.syntax.ast.FuncDecl;
import defercheck.syntax.ast.FuncType;
import defercheck.syntax.ast.GoFile;
import defercheck.syntax.ast.Ident;
import defercheck.syntax.ast.ImportSpec;
import defercheck.syntax.ast.VarDecl;
import defercheck.syntax.ast.VarSpec;
import defercheck.syntax.ast.Block;
import defercheck.syntax.ast.Expr;
import defercheck.syntax.ast.TypeExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the whole Go grammar, one method per grammar rule of the Go spec; what the
 * model supports is the checker's business, so an unsupported construct is reported once, by name. This
 * class owns the file-level rules (SourceFile, ImportDecl, TopLevelDecl, FunctionDecl, MethodDecl, VarDecl,
 * ConstDecl, TypeDecl); types, signatures, statements and expressions are in {@link TypeParser},
 * {@link SignatureParser}, {@link StmtParser}, {@link ControlParser} and {@link ExprParser}.
 * Syntax errors are reported and the parser resynchronizes at the next declaration or statement.
 */
public final class Parser {

    final TokenCursor in;
    final TypeParser types;
    final SignatureParser sigs;
    final StmtParser stmts;
    final ControlParser control;
    final ExprParser exprs;

    private Parser(SourceFile source, Diagnostics diags) {
        this.in = new TokenCursor(new Lexer(source, diags), diags);
        this.types = new TypeParser(this);
        this.sigs = new SignatureParser(this);
        this.stmts = new StmtParser(this);
        this.control = new ControlParser(this);
        this.exprs = new ExprParser(this);
    }

    /** Parses a whole file. Errors go to {@code diags}; the returned tree is partial when there are any. */
    public static GoFile parse(SourceFile source, Diagnostics diags) {
        Parser p = new Parser(source, diags);
        List<ImportSpec> imports = new ArrayList<>();
        List<Decl> decls = new ArrayList<>();
        Ident pkg = new Ident("main", Span.at(source.name(), 1, 1));
        try {
            pkg = p.packageClause();
            p.importDecls(imports);
            p.topLevelDecls(decls);
        } catch (TokenCursor.Bailout stop) {
            // the error limit or the nesting limit was reached; diagnostics already say why
        }
        return new GoFile(pkg, imports, decls, pkg.span());
    }

    /** PackageClause = "package" PackageName ";" . */
    private Ident packageClause() {
        if (!in.at(TokenKind.PACKAGE)) {
            in.syntaxError("package statement must be first");
            throw new TokenCursor.Bailout();
        }
        in.next();
        Ident name = ident();
        semicolonAfter("package clause");
        return name;
    }

    /** { ImportDecl ";" } */
    private void importDecls(List<ImportSpec> out) {
        while (in.at(TokenKind.IMPORT)) {
            importDecl(out);
            semicolonAfter("import declaration");
        }
    }

    /** ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) . */
    private void importDecl(List<ImportSpec> out) {
        in.next();
        if (!in.got(TokenKind.LPAREN)) {
            importSpec(out);
            return;
        }
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            importSpec(out);
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RPAREN)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected semicolon, newline, or )");
                skipPast(in.consumed() == before);
            }
        }
        in.want(TokenKind.RPAREN);
    }

    /** ImportSpec = [ "." | PackageName ] ImportPath . */
    private void importSpec(List<ImportSpec> out) {
        Ident name = null;
        if (in.at(TokenKind.IDENT)) {
            name = ident();
        } else if (in.at(TokenKind.PERIOD)) {
            name = new Ident(".", in.next().span());
        }
        if (!in.at(TokenKind.STRING)) {
            in.syntaxError("unexpected " + in.tok().describe() + ", expected import path");
            return;
        }
        Token path = in.next();
        out.add(new ImportSpec(name, path.value(), path.span()));
    }

    /** { TopLevelDecl ";" } */
    private void topLevelDecls(List<Decl> out) {
        while (!in.at(TokenKind.EOF)) {
            long before = in.consumed();
            Decl d = topLevelDecl();
            if (d != null) {
                out.add(d);
            }
            if (!in.at(TokenKind.EOF) && !in.got(TokenKind.SEMICOLON)) {
                in.syntaxError("unexpected " + in.tok().describe() + " after top level declaration");
                syncDecl(in.consumed() == before);
            }
        }
    }

    /** TopLevelDecl = Declaration | FunctionDecl . Returns null for what was skipped. */
    private Decl topLevelDecl() {
        return switch (in.kind()) {
            case FUNC -> functionDecl();
            case VAR -> varDecl();
            case TYPE -> typeDecl();
            case CONST -> constDecl();
            case IMPORT -> {
                in.syntaxError("imports must appear before other declarations");
                importDecl(new ArrayList<>());
                yield null;
            }
            default -> {
                in.syntaxError("non-declaration statement outside function body");
                syncDecl(true);
                yield null;
            }
        };
    }

    /** FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] ; MethodDecl with a Receiver. */
    private Decl functionDecl() {
        Span start = in.next().span();
        Field recv = null;
        if (in.at(TokenKind.LPAREN)) {
            Span at = in.tok().span();
            List<Field> rs = sigs.parameters();
            if (rs.size() != 1) {
                in.syntaxErrorAt(at, rs.isEmpty() ? "method has no receiver" : "method has multiple receivers");
            }
            recv = rs.isEmpty() ? null : rs.get(0);
            if (recv == null) {
                recv = new Field(null, new defercheck.syntax.ast.BadType(at), at);
            }
        }
        Ident name = ident();
        List<Field> typeParams = in.at(TokenKind.LBRACK) ? sigs.typeParameters() : List.of();
        FuncType sig = sigs.signature(start);
        Block body = in.at(TokenKind.LBRACE) ? stmts.block() : null;
        return new FuncDecl(recv, name, typeParams, sig, body, start.to(in.prev()));
    }

    /** TypeDecl = "type" ( TypeSpec | "(" { TypeSpec ";" } ")" ) . */
    TypeDecl typeDecl() {
        Span start = in.next().span();
        List<TypeSpec> specs = new ArrayList<>();
        if (!in.got(TokenKind.LPAREN)) {
            specs.add(typeSpec());
            return new TypeDecl(specs, start.to(in.prev()));
        }
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            specs.add(typeSpec());
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RPAREN)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected semicolon, newline, or )");
                skipPast(in.consumed() == before);
            }
        }
        in.want(TokenKind.RPAREN);
        return new TypeDecl(specs, start.to(in.prev()));
    }

    /**
     * TypeSpec = AliasDecl | TypeDef . AliasDecl = identifier [ TypeParameters ] "=" Type .
     * TypeDef = identifier [ TypeParameters ] Type . A bracket after the name starts type parameters unless it
     * reads as an array length ({@code type A [N]int}), as go/parser decides.
     */
    private TypeSpec typeSpec() {
        Span start = in.tok().span();
        Ident name = ident();
        List<Field> typeParams = List.of();
        if (in.at(TokenKind.LBRACK) && startsTypeParams()) {
            typeParams = sigs.typeParameters();
        }
        boolean alias = in.got(TokenKind.ASSIGN);
        TypeExpr type = types.type();
        return new TypeSpec(name, typeParams, alias, type, start.to(in.prev()));
    }

    /** At {@code [}: whether {@code [P C]} or {@code [P, Q C]} follows rather than an array length. */
    private boolean startsTypeParams() {
        if (in.peek().kind() != TokenKind.IDENT) {
            return false;
        }
        return switch (in.peek2().kind()) {
            case IDENT, INTERFACE, MUL, FUNC, MAP, CHAN, STRUCT, TILDE,
                    COMMA, LBRACK, ARROW -> true;
            default -> false;
        };
    }

    /** ConstDecl = "const" ( ConstSpec | "(" { ConstSpec ";" } ")" ) ; a spec without values repeats the last values. */
    ConstDecl constDecl() {
        Span start = in.next().span();
        List<ConstSpec> specs = new ArrayList<>();
        if (!in.got(TokenKind.LPAREN)) {
            specs.add(constSpec(0, null));
            return new ConstDecl(specs, start.to(in.prev()));
        }
        ConstSpec last = null;
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            ConstSpec s = constSpec(specs.size(), last);
            specs.add(s);
            if (!s.implicit()) {
                last = s;
            }
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RPAREN)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected semicolon, newline, or )");
                skipPast(in.consumed() == before);
            }
        }
        in.want(TokenKind.RPAREN);
        return new ConstDecl(specs, start.to(in.prev()));
    }

    /** ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
    private ConstSpec constSpec(int iota, ConstSpec last) {
        Span start = in.tok().span();
        List<Ident> names = new ArrayList<>();
        do {
            names.add(ident());
        } while (in.got(TokenKind.COMMA));
        TypeExpr type = null;
        if (!in.at(TokenKind.ASSIGN) && !in.at(TokenKind.SEMICOLON) && !in.at(TokenKind.RPAREN)) {
            type = types.type();
        }
        if (in.got(TokenKind.ASSIGN)) {
            return new ConstSpec(names, type, exprs.exprList(), iota, false, start.to(in.prev()));
        }
        if (type == null && last != null) {
            return new ConstSpec(names, last.type(), last.values(), iota, true, start.to(in.prev()));
        }
        return new ConstSpec(names, type, List.of(), iota, false, start.to(in.prev()));
    }

    /** VarDecl = "var" ( VarSpec | "(" { VarSpec ";" } ")" ) . */
    VarDecl varDecl() {
        Span start = in.next().span();
        List<VarSpec> specs = new ArrayList<>();
        if (!in.got(TokenKind.LPAREN)) {
            specs.add(varSpec());
            return new VarDecl(specs, start.to(in.prev()));
        }
        while (!in.at(TokenKind.RPAREN) && !in.at(TokenKind.EOF)) {
            long before = in.consumed();
            specs.add(varSpec());
            if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.RPAREN)) {
                in.syntaxError("unexpected " + in.tok().describe() + ", expected semicolon, newline, or )");
                skipPast(in.consumed() == before);
            }
        }
        in.want(TokenKind.RPAREN);
        return new VarDecl(specs, start.to(in.prev()));
    }

    /** VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
    private VarSpec varSpec() {
        Span start = in.tok().span();
        List<Ident> names = new ArrayList<>();
        do {
            names.add(ident());
        } while (in.got(TokenKind.COMMA));
        TypeExpr type = null;
        if (!in.at(TokenKind.ASSIGN)) {
            type = types.type();
        }
        List<Expr> values = in.got(TokenKind.ASSIGN) ? exprs.exprList() : List.of();
        return new VarSpec(names, type, values, start.to(in.prev()));
    }

    Ident ident() {
        if (in.at(TokenKind.IDENT)) {
            Token t = in.next();
            return new Ident(t.text(), t.span());
        }
        in.syntaxError("unexpected " + in.tok().describe() + ", expected name");
        return new Ident("_", in.tok().span());
    }

    private void semicolonAfter(String what) {
        if (!in.got(TokenKind.SEMICOLON) && !in.at(TokenKind.EOF)) {
            in.syntaxError("unexpected " + in.tok().describe() + " after " + what);
            syncDecl(false);
        }
    }

    /** Skips to the next token that can start a top-level declaration. */
    private void syncDecl(boolean forceProgress) {
        if (forceProgress && !in.at(TokenKind.EOF)) {
            in.next();
        }
        while (!in.at(TokenKind.EOF) && !in.at(TokenKind.FUNC) && !in.at(TokenKind.VAR)
                && !in.at(TokenKind.CONST) && !in.at(TokenKind.TYPE) && !in.at(TokenKind.IMPORT)) {
            in.next();
        }
    }

    private void skipPast(boolean forceProgress) {
        if (forceProgress && !in.at(TokenKind.EOF)) {
            in.next();
        }
        while (!in.at(TokenKind.EOF) && !in.at(TokenKind.RPAREN) && !in.got(TokenKind.SEMICOLON)) {
            in.next();
        }
    }
}
