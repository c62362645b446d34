import { createHash, sign, X509Certificate } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';

const { asn1 } = forge;
const { Class, Type } = asn1;

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

type Node = forge.asn1.Asn1;
const seq = (items: Node[]) => asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, items);
const set = (items: Node[]) => asn1.create(Class.UNIVERSAL, Type.SET, true, items);
const oid = (id: string) => asn1.create(Class.UNIVERSAL, Type.OID, false, asn1.oidToDer(id).getBytes());
const int = (n: number) => asn1.create(Class.UNIVERSAL, Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const octets = (bytes: Buffer) =>
  asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, bytes.toString('binary'));
const nullValue = () => asn1.create(Class.UNIVERSAL, Type.NULL, false, '');
const der = (node: Node) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
// Certificates are embedded as parsed, never re-encoded from forge's certificate object.
// (forge's typings lack the options object its fromDer takes.)
const fromDer = asn1.fromDer as unknown as (bytes: string, options: { decodeBitStrings: boolean }) => Node;
const parse = (bytes: Buffer) => fromDer(bytes.toString('binary'), { decodeBitStrings: false });
const attribute = (type: string, value: Node) => seq([oid(type), set([value])]);

export interface SigningMaterial {
  certificatePem: string;
  /** The issuing CA up to the root: embedded so a verifier can build the chain. */
  chainPems: string[];
  privateKeyPem: string;
}

/**
 * A CAdES signature for PAdES baseline B-B (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached):
 * detached CMS SignedData over the PDF's byte ranges, signed attributes content-type,
 * message-digest and signing-certificate-v2, and no signing-time attribute (the time is the
 * signature dictionary's /M). node-forge's PKCS#7 writer cannot add signing-certificate-v2,
 * so the structure is assembled here from its ASN.1.
 */
export class CadesSigner extends Signer {
  constructor(private readonly material: SigningMaterial) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    const certificateDer = new X509Certificate(this.material.certificatePem).raw;
    const chainDer = this.material.chainPems.map((pem) => new X509Certificate(pem).raw);
    const tbs = parse(certificateDer).value[0] as Node;
    // TBSCertificate: [0] version, serialNumber, signature, issuer, ...
    const [, serialNumber, , issuer] = tbs.value as Node[];
    const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();

    // ESSCertIDv2 with the default hash algorithm (SHA-256) left out and no issuerSerial,
    // as EN 319 122-1 recommends for baseline signatures.
    const signingCertificateV2 = seq([seq([seq([octets(sha256(certificateDer))])])]);
    // DER orders the members of a SET OF by their encodings; the signature covers that SET.
    const attributes = [
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octets(sha256(content))),
      attribute(OID.signingCertificateV2, signingCertificateV2),
    ]
      .map((node) => ({ node, bytes: der(node) }))
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
      .map((a) => a.node);
    const signature = sign('sha256', der(set(attributes)), this.material.privateKeyPem);

    const sha256Algorithm = seq([oid(OID.sha256)]);
    const signerInfo = seq([
      int(1),
      seq([issuer as Node, serialNumber as Node]),
      sha256Algorithm,
      asn1.create(Class.CONTEXT_SPECIFIC, 0, true, attributes),
      seq([oid(OID.rsaEncryption), nullValue()]),
      octets(signature),
    ]);
    const signedData = seq([
      int(1),
      set([sha256Algorithm]),
      seq([oid(OID.data)]),
      asn1.create(
        Class.CONTEXT_SPECIFIC,
        0,
        true,
        [certificateDer, ...chainDer].map((bytes) => parse(bytes)),
      ),
      set([signerInfo]),
    ]);
    return der(seq([oid(OID.signedData), asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
  }
}
