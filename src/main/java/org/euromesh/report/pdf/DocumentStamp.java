package org.euromesh.report.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Writes everything that would otherwise make two renders differ or leave a viewer guessing:
 * the information dictionary, a matching XMP packet, the catalog language and a document id
 * derived from the input hash. Dates are the inputs' date, never the wall clock.
 */
final class DocumentStamp {

    static final String PRODUCER = "EuroMesh";

    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

    private DocumentStamp() {
    }

    static void apply(PDDocument document, PdfMetadata meta) throws IOException {
        Calendar date = midnightUtc(meta);

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.author());
        info.setSubject(meta.subject());
        info.setKeywords(meta.keywords());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentInformation(info);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(meta.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMetadata xmp = new PDMetadata(document);
        xmp.importXMPMetadata(xmp(meta, date));
        catalog.setMetadata(xmp);

        byte[] id = documentId(meta.inputHash());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static Calendar midnightUtc(PdfMetadata meta) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        calendar.setTimeInMillis(meta.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        return calendar;
    }

    // The XMP packet repeats the information dictionary, as PDF/UA and PDF/A readers require.
    private static byte[] xmp(PdfMetadata meta, Calendar date) throws IOException {
        XMPMetadata metadata = XMPMetadata.createXMPMetadata();

        DublinCoreSchema dc = metadata.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(meta.title());
        dc.addCreator(meta.author());
        dc.setDescription(meta.subject());
        dc.addLanguage(meta.language());

        AdobePDFSchema pdf = metadata.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        if (!meta.keywords().isEmpty()) {
            pdf.setKeywords(meta.keywords());
        }

        XMPBasicSchema basic = metadata.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);

        XMPSchema pdfua = metadata.createAndAddDefaultSchema("pdfuaid", PDFUA_NS);
        pdfua.addProperty(metadata.getTypeMapping().createInteger(PDFUA_NS, "pdfuaid", "part", 1));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(metadata, out, true);
        } catch (TransformerException e) {
            throw new IOException("could not write the XMP metadata", e);
        }
        return out.toByteArray();
    }

    private static byte[] documentId(String inputHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("euromesh-pdf:" + inputHash).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
