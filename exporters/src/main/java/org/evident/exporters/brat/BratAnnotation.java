package org.evident.exporters.brat;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * One line of a brat standoff {@code .ann} file, parsed or to be printed. Offsets are code points,
 * as brat counts them. The model is shared by {@link BratWriter} and {@link BratReader}.
 */
public sealed interface BratAnnotation {

    /** The annotation id ({@code T1}, {@code E1}, {@code A1}, {@code R1}, {@code #1}, or {@code *}). */
    String id();

    /** The line as brat writes it, without the line break. */
    String line();

    /**
     * A fragment of a text-bound annotation.
     *
     * @param begin begin offset in code points
     * @param end   end offset in code points (exclusive)
     */
    record Fragment(int begin, int end) {
    }

    /**
     * A text-bound annotation ({@code T}): an entity or an event trigger.
     *
     * @param id        the id
     * @param type      the entity or event type
     * @param fragments one or more fragments, in text order
     * @param text      the covered text, fragments joined by a space
     */
    record TextBound(String id, String type, List<Fragment> fragments, String text) implements BratAnnotation {
        public TextBound {
            fragments = List.copyOf(fragments);
        }

        @Override
        public String line() {
            StringJoiner offsets = new StringJoiner(";");
            fragments.forEach(f -> offsets.add(f.begin() + " " + f.end()));
            return id + "\t" + type + " " + offsets + "\t" + text;
        }
    }

    /**
     * An event argument.
     *
     * @param role the role, possibly with a numeric suffix ({@code Theme2})
     * @param id   the id of the argument annotation
     */
    record Argument(String role, String id) {
    }

    /**
     * An event ({@code E}): a trigger and role-labelled arguments.
     *
     * @param id        the id
     * @param type      the event type
     * @param trigger   id of the trigger's text-bound annotation
     * @param arguments the arguments
     */
    record Event(String id, String type, String trigger, List<Argument> arguments) implements BratAnnotation {
        public Event {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String line() {
            StringBuilder line = new StringBuilder(id).append('\t').append(type).append(':').append(trigger);
            arguments.forEach(a -> line.append(' ').append(a.role()).append(':').append(a.id()));
            return line.toString();
        }
    }

    /**
     * An attribute ({@code A} or {@code M}) of an annotation.
     *
     * @param id     the id
     * @param name   the attribute name
     * @param target id of the annotation it qualifies
     * @param value  the value, or null for a binary attribute that is set
     */
    record Attribute(String id, String name, String target, String value) implements BratAnnotation {
        @Override
        public String line() {
            return id + "\t" + name + " " + target + (value == null ? "" : " " + value);
        }
    }

    /**
     * A binary relation ({@code R}).
     *
     * @param id   the id
     * @param type the relation type
     * @param arg1 id of the first argument ({@code Arg1})
     * @param arg2 id of the second argument ({@code Arg2})
     */
    record Relation(String id, String type, String arg1, String arg2) implements BratAnnotation {
        @Override
        public String line() {
            return id + "\t" + type + " Arg1:" + arg1 + " Arg2:" + arg2;
        }
    }

    /**
     * A note ({@code #}) on an annotation, usually of type {@code AnnotatorNotes}.
     *
     * @param id     the id
     * @param type   the note type
     * @param target id of the annotation the note is about
     * @param text   the note text (one line)
     */
    record Note(String id, String type, String target, String text) implements BratAnnotation {
        @Override
        public String line() {
            return id + "\t" + type + " " + target + "\t" + text;
        }
    }

    /**
     * A line of a kind Evident does not use (equivalence {@code *}, normalization {@code N}), kept as is.
     *
     * @param id   the id
     * @param line the whole line
     */
    record Other(String id, String line) implements BratAnnotation {
    }

    /**
     * Parses one non-blank line of an {@code .ann} file.
     *
     * @throws IllegalArgumentException when the line is malformed
     */
    static BratAnnotation parse(String line) {
        String[] fields = line.split("\t", 3);
        if (fields.length < 2 || fields[0].isEmpty()) {
            throw new IllegalArgumentException("expected an id, a tab and an annotation");
        }
        String id = fields[0];
        String[] body = fields[1].trim().split(" +");
        return switch (id.charAt(0)) {
            case 'T' -> textBound(id, body, fields.length > 2 ? fields[2] : "");
            case 'E' -> event(id, body);
            case 'A', 'M' -> attribute(id, body);
            case 'R' -> relation(id, body);
            case '#' -> note(id, body, fields.length > 2 ? fields[2] : "");
            default -> new Other(id, line);
        };
    }

    private static TextBound textBound(String id, String[] body, String text) {
        String spec = String.join(" ", body);
        int space = spec.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("text-bound annotation without offsets");
        }
        List<Fragment> fragments = new ArrayList<>();
        for (String fragment : spec.substring(space + 1).split(";")) {
            String[] offsets = fragment.trim().split(" +");
            if (offsets.length != 2) {
                throw new IllegalArgumentException("malformed offsets '" + fragment + "'");
            }
            int begin = number(offsets[0]);
            int end = number(offsets[1]);
            if (begin > end) {
                throw new IllegalArgumentException("fragment ends before it begins: '" + fragment + "'");
            }
            fragments.add(new Fragment(begin, end));
        }
        return new TextBound(id, spec.substring(0, space), fragments, text);
    }

    private static Event event(String id, String[] body) {
        String[] head = pair(body[0]);
        List<Argument> arguments = new ArrayList<>();
        for (int i = 1; i < body.length; i++) {
            String[] argument = pair(body[i]);
            arguments.add(new Argument(argument[0], argument[1]));
        }
        return new Event(id, head[0], head[1], arguments);
    }

    private static Attribute attribute(String id, String[] body) {
        if (body.length < 2 || body.length > 3) {
            throw new IllegalArgumentException("expected 'Name Target [Value]'");
        }
        return new Attribute(id, body[0], body[1], body.length == 3 ? body[2] : null);
    }

    private static Relation relation(String id, String[] body) {
        if (body.length != 3) {
            throw new IllegalArgumentException("expected 'Type Arg1:ID Arg2:ID'");
        }
        return new Relation(id, body[0], pair(body[1])[1], pair(body[2])[1]);
    }

    private static Note note(String id, String[] body, String text) {
        if (body.length != 2) {
            throw new IllegalArgumentException("expected 'Type Target' before the note text");
        }
        return new Note(id, body[0], body[1], text);
    }

    private static String[] pair(String token) {
        int colon = token.lastIndexOf(':');
        if (colon <= 0 || colon == token.length() - 1) {
            throw new IllegalArgumentException("expected ROLE:ID, found '" + token + "'");
        }
        return new String[] {token.substring(0, colon), token.substring(colon + 1)};
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an offset: '" + value + "'");
        }
    }
}
