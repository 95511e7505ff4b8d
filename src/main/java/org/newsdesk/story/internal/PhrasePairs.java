package org.newsdesk.story.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A search query as the adjacent-word-pair index (V55) answers it, when it can answer it exactly: a query made only of
 * two-word phrases ({@code 'data' <-> 'centr'}), joined by {@code &} and {@code |}, matches a document exactly when the
 * document holds the pairs {@code 'data centr'} so joined (the pairs are taken from the document's own positions). Any
 * other query (a single word beside a phrase, a longer phrase, a gap {@code <2>}, a prefix, a weight, a negation, a
 * Chinese phrase) is left to the words' index and the check of the whole document.
 */
final class PhrasePairs {

    private PhrasePairs() {}

    /** The pairs' query (tsquery text), or null when the query is not made of two-word phrases only. */
    static String of(String tsquery) {
        try {
            Parser p = new Parser(tsquery);
            String q = p.or();
            p.skipSpaces();
            return p.at < tsquery.length() ? null : q;
        } catch (IllegalStateException notPairs) {
            return null;
        }
    }

    /** Whether the pair index holds a lexeme's pairs: not for Chinese bigrams (V55: {@code ascii(lexeme) < 13312}). */
    static boolean paired(String lexeme) {
        return !lexeme.isEmpty() && lexeme.codePointAt(0) < 13312;
    }

    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /**
     * Reads PostgreSQL's text form of a tsquery (operands quoted, {@code !} before {@code <->} before {@code &} before
     * {@code |}), giving the pairs' query of each part or failing (IllegalStateException) on anything but phrases of two.
     */
    private static final class Parser {
        final String s;
        int at;

        Parser(String s) {
            this.s = s;
        }

        String or() {
            List<String> parts = new ArrayList<>(List.of(and()));
            while (skipSpaces() && peek('|')) {
                at++;
                parts.add(and());
            }
            return parts.size() == 1 ? parts.getFirst() : "( " + String.join(" | ", parts) + " )";
        }

        String and() {
            List<String> parts = new ArrayList<>(List.of(phrase()));
            while (skipSpaces() && peek('&')) {
                at++;
                parts.add(phrase());
            }
            return String.join(" & ", parts);
        }

        /** A two-word phrase (or a bracketed query of them). */
        String phrase() {
            skipSpaces();
            if (peek('(')) {
                at++;
                String inner = or();
                skipSpaces();
                expect(')');
                if (skipSpaces() && peek('<')) {
                    throw new IllegalStateException("a phrase of a bracketed query");
                }
                return inner;
            }
            String first = lexeme();
            skipSpaces();
            if (!s.startsWith("<->", at)) {
                throw new IllegalStateException("a word alone, or words apart");
            }
            at += 3;
            skipSpaces();
            String second = lexeme();
            if (skipSpaces() && peek('<')) {
                throw new IllegalStateException("a phrase of more than two words");
            }
            if (!paired(first) || !paired(second)) {
                throw new IllegalStateException("a Chinese phrase");
            }
            return quote(first + " " + second);
        }

        /** A quoted operand without prefix or weight marks. */
        String lexeme() {
            skipSpaces();
            expect('\'');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (at >= s.length()) {
                    throw new IllegalStateException("an unclosed operand");
                }
                char c = s.charAt(at++);
                if (c == '\\' && at < s.length()) {
                    b.append(s.charAt(at++));
                } else if (c == '\'') {
                    if (peek('\'')) {
                        b.append('\'');
                        at++;
                    } else {
                        break;
                    }
                } else {
                    b.append(c);
                }
            }
            if (peek(':')) {
                throw new IllegalStateException("a prefix or a weight");
            }
            return b.toString();
        }

        boolean skipSpaces() {
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
            return at < s.length();
        }

        boolean peek(char c) {
            return at < s.length() && s.charAt(at) == c;
        }

        void expect(char c) {
            if (!peek(c)) {
                throw new IllegalStateException("expected " + c);
            }
            at++;
        }
    }
}
