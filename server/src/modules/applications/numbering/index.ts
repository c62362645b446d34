// 办件编号: readable, unique, date-sortable application numbers with a check character.
export {
  APPLICATION_NO_LENGTH,
  type ApplicationNoParts,
  type ApplicationNoProblem,
  type ApplicationNoResult,
  applicationDateOf,
  formatApplicationNo,
  isDivisionCodeShape,
  MAX_DAILY_SEQUENCE,
  mod11_2CheckChar,
  parseApplicationNo,
} from './application-no.js';
export { numberingMessages } from './messages.js';
export { applicationNoSchema } from './schemas.js';
export { counterKey, nextSequence, SequenceExhaustedError } from './sequence.js';
