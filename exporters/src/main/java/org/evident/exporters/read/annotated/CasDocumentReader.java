package org.evident.exporters.read.annotated;

import java.nio.file.Path;
import java.util.List;

import org.apache.uima.UIMAException;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.evident.exporters.read.CasFileItem;
import org.evident.exporters.read.InputException;
import org.evident.exporters.spans.CasSpans;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;

/**
 * Reads annotated UIMA XMI or JSON CAS files with Evident's type system (as {@code evident
 * annotate} writes them or INCEpTION exports them) through {@link CasFileItem}, taking each
 * document's span view from {@link CasSpans} and its sentences from the DKPro {@link Sentence}
 * annotations, if any. One reader reuses one CAS for all the files it reads.
 */
public final class CasDocumentReader {
    private JCas jcas;

    /** The document of one CAS file; its id is the CAS's document id, or the file name. */
    public AnnotatedDocument read(Path file) throws InputException {
        try {
            if (jcas == null) {
                jcas = JCasFactory.createJCas();
            } else {
                jcas.reset();
            }
        } catch (UIMAException e) {
            throw new InputException(file.toString(), "cannot create a CAS (" + e.getMessage() + ")", e);
        }
        new CasFileItem(file, file.getFileName().toString()).loadInto(jcas);
        List<TextRange> sentences = JCasUtil.select(jcas, Sentence.class).stream()
                .map(s -> new TextRange(s.getBegin(), s.getEnd())).toList();
        return new AnnotatedDocument(CasSpans.extract(jcas), sentences);
    }
}
