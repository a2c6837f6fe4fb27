package org.evident.exporters.read;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.jcas.JCas;

/**
 * The inputs of {@code evident export}: serialized CASes that use Evident's type system. A CAS is
 * accepted when it holds an annotation of an {@code org.evident.type} type, or when its type system
 * (a {@code TypeSystem.xml} beside it, or the types a JSON CAS embeds) declares them; anything else
 * fails with a message naming the file — a CAS exported from an INCEpTION project without Evident's
 * layers would otherwise turn silently into empty training data.
 */
public final class EvidentCasInputs {
    /** The package of Evident's types. */
    public static final String TYPE_PREFIX = "org.evident.type.";

    private EvidentCasInputs() {
    }

    /** The items, each checked when loaded; items that are not serialized CASes fail. */
    public static Iterator<InputItem> requireEvidentTypes(Iterator<InputItem> items) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public InputItem next() {
                return checked(items.next());
            }
        };
    }

    private static InputItem checked(InputItem item) {
        return new InputItem() {
            @Override
            public String origin() {
                return item.origin();
            }

            @Override
            public long sizeInBytes() {
                return item.sizeInBytes();
            }

            @Override
            public void loadInto(JCas jcas) throws InputException {
                if (item instanceof UnreadableItem) {
                    item.loadInto(jcas);
                }
                if (!(item instanceof CasFileItem cas)) {
                    throw new InputException(item.origin(), "not a serialized CAS (export reads .xmi and .json files)");
                }
                cas.loadInto(jcas);
                if (!holdsEvidentAnnotations(jcas.getCas()) && !declaresEvidentTypes(cas)) {
                    throw new InputException(item.origin(), "the CAS's type system has no Evident types ("
                            + TYPE_PREFIX + "*): export it from an INCEpTION project that uses Evident's layers "
                            + "(Evident.xml), or annotate it with evident annotate first");
                }
            }
        };
    }

    private static boolean holdsEvidentAnnotations(CAS cas) {
        for (Iterator<Type> types = cas.getTypeSystem().getTypeIterator(); types.hasNext();) {
            Type type = types.next();
            if (type.getName().startsWith(TYPE_PREFIX) && !cas.select(type).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresEvidentTypes(CasFileItem cas) throws InputException {
        try {
            Set<String> names = cas.declaredTypes();
            return names.stream().anyMatch(name -> name.startsWith(TYPE_PREFIX));
        } catch (IOException e) {
            throw new InputException(cas.origin(), "cannot read its type system (" + e.getMessage() + ")", e);
        }
    }
}
