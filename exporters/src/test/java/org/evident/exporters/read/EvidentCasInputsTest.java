package org.evident.exporters.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.TypeSystemUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidentCasInputsTest {
    @TempDir
    Path folder;

    @Test
    void aCasWithoutEvidentTypesIsAnErrorNamingTheFile() throws Exception {
        Path json = folder.resolve("foreign.json");
        Path xmi = folder.resolve("foreign.xmi");
        ForeignCas.writeJson(ForeignCas.create(false), json);
        ForeignCas.writeXmi(ForeignCas.create(false), xmi);
        for (Path file : List.of(json, xmi)) {
            InputItem item = only(file);
            assertThatThrownBy(() -> item.loadInto(JCasFactory.createJCas())).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(file.toString()).hasMessageContaining("org.evident.type");
        }
    }

    @Test
    void aCasWithEvidentAnnotationsIsAccepted() throws Exception {
        Path json = folder.resolve("evident.json");
        ForeignCas.writeJson(ForeignCas.create(true), json);
        JCas jcas = JCasFactory.createJCas();
        only(json).loadInto(jcas);
        assertThat(jcas.getDocumentText()).isEqualTo(ForeignCas.TEXT);
    }

    @Test
    void aCasWithoutAnnotationsIsAcceptedWhenTypeSystemXmlBesideDeclaresEvidentTypes() throws Exception {
        Path sub = Files.createDirectories(folder.resolve("news"));
        JCas plain = JCasFactory.createJCas();
        plain.setDocumentText("Nothing to see.");
        Path xmi = sub.resolve("plain.xmi");
        try (OutputStream out = Files.newOutputStream(xmi)) {
            org.apache.uima.cas.impl.XmiCasSerializer.serialize(plain.getCas(), out);
        }
        assertThatThrownBy(() -> load(folder)).isInstanceOf(InputException.class);

        try (OutputStream out = Files.newOutputStream(folder.resolve("TypeSystem.xml"))) {
            TypeSystemUtil.typeSystem2TypeSystemDescription(plain.getTypeSystem()).toXML(out);
        }
        assertThat(load(folder).getDocumentText()).isEqualTo("Nothing to see.");
    }

    @Test
    void itemsThatAreNotCasFilesFail() throws Exception {
        Path text = Files.writeString(folder.resolve("a.txt"), "plain");
        InputItem item = EvidentCasInputs.requireEvidentTypes(new Inputs(List.of(text), Inputs.CAS)).next();
        assertThatThrownBy(() -> item.loadInto(JCasFactory.createJCas())).hasMessageContaining("not a serialized CAS");
    }

    @Test
    void aMissingFileFailsAsMissingNotAsTheWrongKind() throws Exception {
        Path missing = folder.resolve("nonexistent.xmi");
        InputItem item = EvidentCasInputs.requireEvidentTypes(new Inputs(List.of(missing), Inputs.CAS)).next();
        assertThatThrownBy(() -> item.loadInto(JCasFactory.createJCas())).hasMessage(missing + ": no such file or directory");
    }

    private static InputItem only(Path file) {
        return EvidentCasInputs.requireEvidentTypes(new Inputs(List.of(file), Inputs.CAS)).next();
    }

    private static JCas load(Path root) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        EvidentCasInputs.requireEvidentTypes(new Inputs(List.of(root), Inputs.CAS)).next().loadInto(jcas);
        return jcas;
    }
}
