package org.evident.exporters.write;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.uima.cas.TypeSystem;
import org.apache.uima.util.TypeSystemUtil;
import org.xml.sax.SAXException;

/** Writes {@code TypeSystem.xml} into an output folder once per run, from the first document's CAS. */
final class TypeSystemFile {
    /** The file name INCEpTION and dkpro-cassis users expect beside XMI files. */
    static final String NAME = "TypeSystem.xml";

    private final Path folder;
    private boolean written;

    TypeSystemFile(Path folder) {
        this.folder = folder;
    }

    synchronized void writeOnce(TypeSystem types) throws IOException {
        if (written) {
            return;
        }
        AtomicFiles.write(folder.resolve(NAME), out -> {
            try {
                TypeSystemUtil.typeSystem2TypeSystemDescription(types).toXML(out);
            } catch (SAXException e) {
                throw new IOException("cannot write the type system: " + e.getMessage(), e);
            }
        });
        written = true;
    }
}
