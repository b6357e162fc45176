package vn.tiepdon.devices.smartcard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import vn.tiepdon.core.identity.ChipFailure;

/**
 * Parses the Vietnamese DG13: {@code [APPLICATION 13] SEQUENCE { INTEGER 1, OID, SET { SEQUENCE
 * { INTEGER n, value } ... } }}. Fields are found by their number, not their position; absent
 * fields are simply missing; values may be UTF8String, PrintableString or any ASN.1 string, a
 * nested SEQUENCE of strings (fields 13 and 14), an OCTET STRING (kept as hex) or an INTEGER.
 * Field numbers outside 1..16 are kept. A truncated or malformed file is a
 * {@link ChipFailure#MALFORMED_DATA} failure.
 */
public final class Dg13Parser {
    private static final int DG13_TAG = 13;

    private Dg13Parser() {
    }

    public static Dg13Fields parse(byte[] dg13) throws ChipDataException {
        try {
            ASN1Primitive root = ASN1Primitive.fromByteArray(dg13);
            if (!(root instanceof ASN1TaggedObject tagged) || tagged.getTagClass() != BERTags.APPLICATION
                    || tagged.getTagNo() != DG13_TAG) {
                throw malformed("DG13 does not start with [APPLICATION 13]");
            }
            ASN1Primitive body = tagged.getBaseObject().toASN1Primitive();
            if (!(body instanceof ASN1Sequence sequence)) {
                throw malformed("DG13 body is not a SEQUENCE");
            }
            ASN1Set set = null;
            for (ASN1Encodable element : sequence) {
                if (element instanceof ASN1Set s) {
                    set = s;
                }
            }
            if (set == null) {
                throw malformed("DG13 has no SET of fields");
            }
            Map<Integer, List<String>> fields = new LinkedHashMap<>();
            for (ASN1Encodable element : set) {
                if (!(element instanceof ASN1Sequence field) || field.size() < 1
                        || !(field.getObjectAt(0) instanceof ASN1Integer number)) {
                    throw malformed("a DG13 field is not SEQUENCE { INTEGER, value }");
                }
                List<String> values = new ArrayList<>();
                for (int i = 1; i < field.size(); i++) {
                    collect(field.getObjectAt(i), values);
                }
                fields.put(number.intValueExact(), values);
            }
            return new Dg13Fields(fields);
        } catch (IOException | IllegalArgumentException | IllegalStateException | ArithmeticException
                | ClassCastException e) {
            throw new ChipDataException(ChipFailure.MALFORMED_DATA, "DG13 is truncated or not valid ASN.1 ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void collect(ASN1Encodable value, List<String> out) throws ChipDataException {
        ASN1Primitive p = value.toASN1Primitive();
        if (p instanceof ASN1String s) {
            out.add(s.getString());
        } else if (p instanceof ASN1Sequence seq) {
            for (ASN1Encodable inner : seq) {
                collect(inner, out);
            }
        } else if (p instanceof ASN1Set set) {
            for (ASN1Encodable inner : set) {
                collect(inner, out);
            }
        } else if (p instanceof ASN1OctetString octets) {
            out.add(HexFormat.of().withUpperCase().formatHex(octets.getOctets()));
        } else if (p instanceof ASN1Integer integer) {
            out.add(integer.getValue().toString());
        } else if (p instanceof ASN1TaggedObject tagged) {
            collect(tagged.getBaseObject(), out);
        } else {
            throw malformed("a DG13 value has an unexpected ASN.1 type " + p.getClass().getSimpleName());
        }
    }

    private static ChipDataException malformed(String detail) {
        return new ChipDataException(ChipFailure.MALFORMED_DATA, detail);
    }
}
