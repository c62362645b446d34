export type SealOwnerType = 'department' | 'organization';

/** An SM2 key pair of a department's or an organisation's seal; the key id is in every signature. */
export interface SealKeyTable {
  id: string;
  ownerType: SealOwnerType;
  ownerId: string;
  algorithm: 'SM2-SM3';
  /** Uncompressed SM2 public key, hex (04 || x || y). */
  publicKey: string;
  /** The private key (hex) sealed with SM4 under DATA_KEY: never leaves the server. */
  privateKeyEnc: string;
  /**
   * 'department:<id>' / 'organization:<id>' while the key is the owner's active one, null once
   * retired: a unique column, so two administrators (or processes) never make two active keys.
   */
  activeSlot: string | null;
  createdAt: string;
  /** The security administrator's account; null when the system seeded it. */
  createdBy: string | null;
  /** Retired keys sign nothing more but still verify what they signed. */
  retiredAt: string | null;
}

export type CertificateSubject = 'ca' | SealOwnerType;

/** The platform CA's certificate and the signing certificates it issued for PAdES. */
export interface SealCertificateTable {
  id: string;
  subjectType: CertificateSubject;
  /** The department or organisation; null for the root CA. */
  subjectId: string | null;
  /** 'ca', or 'department:<id>' / 'organization:<id>' while active: several processes create each once. */
  activeSlot: string | null;
  serialNumber: string;
  certificatePem: string;
  /** PKCS#8 PEM of the RSA key sealed with SM4 under DATA_KEY. */
  privateKeyEnc: string;
  notBefore: string;
  notAfter: string;
  createdAt: string;
}

export interface SealTables {
  sealKeys: SealKeyTable;
  sealCertificates: SealCertificateTable;
}
