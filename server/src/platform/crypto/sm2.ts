import { sm2 } from 'sm-crypto-v2';

export interface Sm2KeyPair {
  privateKey: string;
  publicKey: string;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

export function sm2PublicKeyOf(privateKey: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKey);
}

/** SM2 signature with the SM3 digest (Z value over the default user id), DER-encoded hex. */
export function sm2Sign(message: string, privateKey: string): string {
  return sm2.doSignature(message, privateKey, { hash: true, der: true });
}

export function sm2Verify(message: string, signature: string, publicKey: string): boolean {
  return sm2.doVerifySignature(message, signature, publicKey, { hash: true, der: true });
}
