package org.ficshelf.search;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.search.QueryNode.And;
import org.ficshelf.search.QueryNode.MatchAll;
import org.ficshelf.search.QueryNode.Not;
import org.ficshelf.search.QueryNode.Or;
import org.ficshelf.search.QueryNode.Phrase;
import org.ficshelf.search.QueryNode.Prefix;
import org.ficshelf.search.QueryNode.Term;
import org.ficshelf.search.QueryToken.Kind;

/**
 * The query language, parsed here once so that every backend gives a query the same meaning.
 *
 * <pre>
 * query   = or
 * or      = and { ("OR" | "||") and }
 * and     = unary { ["AND" | "&&"] unary }          (juxtaposition means AND)
 * unary   = ("NOT" | "-") unary | "+" unary | field ":" unary | primary
 * primary = "(" or ")" | word | word "*" | '"' words '"'
 * </pre>
 *
 * Operators are upper case ({@code and} is a word); {@code field} is one of {@link SearchField}'s
 * prefixes. A query that breaks these rules is refused with a {@link SearchException} naming the
 * column, never guessed at: a reader who typed {@code auther:} wants to be told.
 */
public final class QuerySyntax {
    /** Deepest nesting of groups and negations accepted. */
    public static final int MAX_DEPTH = 32;
    /** Most terms, phrases and prefixes one query may hold. */
    public static final int MAX_TERMS = 100;

    private final List<QueryToken> tokens;
    private int pos;
    private int depth;
    private int terms;

    private QuerySyntax(List<QueryToken> tokens) {
        this.tokens = tokens;
    }

    /** The tree a query string means; a blank string matches every work. */
    public static QueryNode parse(String query) {
        QuerySyntax p = new QuerySyntax(QueryLexer.tokens(query));
        if (p.peek().kind() == Kind.EOF) {
            return new MatchAll();
        }
        QueryNode node = p.or(SearchField.ANY);
        if (p.peek().kind() != Kind.EOF) {
            QueryToken t = p.peek();
            throw error(t.kind() == Kind.RPAREN
                    ? "the ')' at column " + t.column() + " has no matching '('"
                    : "unexpected " + t.describe());
        }
        return node;
    }

    static SearchException error(String message) {
        return new SearchException(SearchException.Reason.BAD_QUERY, "bad query: " + message);
    }

    private QueryToken peek() {
        return tokens.get(pos);
    }

    private QueryToken take() {
        return tokens.get(pos++);
    }

    private QueryNode or(SearchField field) {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(and(field));
        while (peek().kind() == Kind.OR) {
            QueryToken op = take();
            requireOperand(op);
            clauses.add(and(field));
        }
        return clauses.size() == 1 ? clauses.get(0) : new Or(flatten(clauses, Or.class));
    }

    private QueryNode and(SearchField field) {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(unary(field));
        while (true) {
            if (peek().kind() == Kind.AND) {
                requireOperand(take());
            } else if (!peek().startsOperand()) {
                break;
            }
            clauses.add(unary(field));
        }
        return clauses.size() == 1 ? clauses.get(0) : new And(flatten(clauses, And.class));
    }

    private QueryNode unary(SearchField field) {
        QueryToken t = peek();
        switch (t.kind()) {
            case NOT, MINUS -> {
                take();
                requireOperand(t);
                return new Not(nested(field));
            }
            case PLUS -> {
                take();
                return unary(field);
            }
            case FIELD -> {
                take();
                return nested(SearchField.forPrefix(t.text()).orElseThrow());
            }
            default -> {
                return primary(field);
            }
        }
    }

    private QueryNode nested(SearchField field) {
        if (++depth > MAX_DEPTH) {
            throw error("the query is nested more than " + MAX_DEPTH + " levels deep");
        }
        QueryNode node = unary(field);
        depth--;
        return node;
    }

    private QueryNode primary(SearchField field) {
        QueryToken t = take();
        return switch (t.kind()) {
            case LPAREN -> group(t, field);
            case WORD -> leaf(t.text().equals("*") ? new MatchAll() : new Term(field, t.text()));
            case PREFIX -> leaf(new Prefix(field, t.text()));
            case PHRASE -> leaf(new Phrase(field, t.text()));
            case AND, OR -> throw error("'" + t.text() + "' at column " + t.column()
                    + " needs a term on each side");
            case RPAREN -> throw error("the ')' at column " + t.column() + " has no matching '('");
            default -> throw error("expected a term but found " + t.describe());
        };
    }

    private QueryNode group(QueryToken open, SearchField field) {
        if (peek().kind() == Kind.RPAREN) {
            throw error("empty parentheses at column " + open.column());
        }
        if (++depth > MAX_DEPTH) {
            throw error("the query is nested more than " + MAX_DEPTH + " levels deep");
        }
        QueryNode inner = or(field);
        depth--;
        if (peek().kind() != Kind.RPAREN) {
            throw error("the '(' at column " + open.column() + " is never closed");
        }
        take();
        return inner;
    }

    private QueryNode leaf(QueryNode node) {
        if (++terms > MAX_TERMS) {
            throw error("the query has more than " + MAX_TERMS + " terms");
        }
        return node;
    }

    private void requireOperand(QueryToken op) {
        if (!peek().startsOperand()) {
            throw error("'" + op.text() + "' at column " + op.column() + " needs a term after it, but found "
                    + peek().describe());
        }
    }

    private static List<QueryNode> flatten(List<QueryNode> clauses, Class<? extends QueryNode> kind) {
        List<QueryNode> out = new ArrayList<>();
        for (QueryNode c : clauses) {
            if (c instanceof And a && kind == And.class) {
                out.addAll(a.clauses());
            } else if (c instanceof Or o && kind == Or.class) {
                out.addAll(o.clauses());
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
