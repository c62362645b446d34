export { type CreditCodeProblem, creditCodeCheckChar, validateCreditCode } from './credit-code.js';
export { type IdNumberProblem, idNumberCheckChar, validateIdNumber } from './id-number.js';
export { normalizeMobile } from './mobile.js';
export { refuseNulCharacters } from './nul-guard.js';
export {
  boundedPageOf,
  creditCodeSchema,
  idNumberSchema,
  mobileSchema,
  pageOf,
  pageQuery,
  problemSchema,
  text,
} from './zod.js';
