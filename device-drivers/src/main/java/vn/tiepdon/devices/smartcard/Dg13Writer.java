package vn.tiepdon.devices.smartcard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DLSequence;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.DLTaggedObject;

/**
 * Writes a DG13 in the Vietnamese layout {@link Dg13Parser} reads, fields in the order given
 * (DL encoding: a DER SET would re-sort them). Values are UTF8String, or PrintableString when
 * asked; a field with several values (13, 14) becomes a nested SEQUENCE.
 */
public final class Dg13Writer {
    /** The OID the Vietnamese DG13 carries (ISO/IEC 10646 UTF-8). */
    public static final String OID = "1.0.10646.1.0.8";

    private Dg13Writer() {
    }

    public static byte[] write(Map<Integer, List<String>> fields, boolean printableStrings) {
        ASN1EncodableVector set = new ASN1EncodableVector();
        fields.forEach((number, values) -> {
            ASN1Encodable value;
            if (number == Dg13Fields.PARENTS || number == Dg13Fields.SPOUSE || values.size() != 1) {
                ASN1EncodableVector inner = new ASN1EncodableVector();
                values.forEach(v -> inner.add(string(v, printableStrings)));
                value = new DLSequence(inner);
            } else {
                value = string(values.get(0), printableStrings);
            }
            set.add(new DLSequence(new ASN1Encodable[] {new ASN1Integer(number), value}));
        });
        DLSequence body = new DLSequence(new ASN1Encodable[] {
            new ASN1Integer(1), new ASN1ObjectIdentifier(OID), new DLSet(set)});
        try {
            return new DLTaggedObject(true, BERTags.APPLICATION, 13, body).getEncoded(ASN1Encoding.DL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ASN1Encodable string(String value, boolean printable) {
        return printable && DERPrintableString.isPrintableString(value) ? new DERPrintableString(value)
                : new DERUTF8String(value);
    }
}
