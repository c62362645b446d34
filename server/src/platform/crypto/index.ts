export { createFieldCipher, type FieldCipher } from './field-cipher.js';
export { maskIdNumber, maskMobile, maskName } from './mask.js';
export { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from './password.js';
export { freshRandomBytes } from './random-bytes.js';
export { generateSm2KeyPair, type Sm2KeyPair, sm2PublicKeyOf, sm2Sign, sm2Verify } from './sm2.js';
export { hmacSm3, sm3Hex } from './sm3.js';
