package org.evident.exporters.read;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.json.jsoncas2.JsonCas2Serializer;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;

/**
 * CASes as another tool (an INCEpTION project with custom layers) would write them: with a type
 * {@code webanno.custom.Claim} Evident does not know, with or without Evident's types.
 */
final class ForeignCas {
    static final String TEXT = "Officials may say so.";

    private ForeignCas() {
    }

    /** A CAS with a custom annotation and, when {@code withEvident}, an Evident stance marker on "may". */
    static CAS create(boolean withEvident) throws Exception {
        TypeSystemDescription types = withEvident ? TypeSystemDescriptionFactory.createTypeSystemDescription()
                : org.apache.uima.UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        TypeDescription claim = types.addType("webanno.custom.Claim", "", CAS.TYPE_NAME_ANNOTATION);
        claim.addFeature("label", "", CAS.TYPE_NAME_STRING);
        CAS cas = CasCreationUtils.createCas(types, null, null);
        cas.setDocumentText(TEXT);
        FeatureStructure custom = cas.createAnnotation(cas.getTypeSystem().getType("webanno.custom.Claim"), 0, 9);
        custom.setStringValue(custom.getType().getFeatureByBaseName("label"), "x");
        cas.addFsToIndexes(custom);
        if (withEvident) {
            FeatureStructure marker = cas.createAnnotation(
                    cas.getTypeSystem().getType("org.evident.type.StanceMarker"), 10, 13);
            marker.setStringValue(marker.getType().getFeatureByBaseName("category"), "booster");
            cas.addFsToIndexes(marker);
        }
        return cas;
    }

    static void writeJson(CAS cas, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            new JsonCas2Serializer().serialize(cas, out);
        }
    }

    static void writeXmi(CAS cas, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            XmiCasSerializer.serialize(cas, out);
        }
    }
}
