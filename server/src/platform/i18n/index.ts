export {
  DEFAULT_LOCALE,
  hasMessage,
  type Locale,
  localeFromHeader,
  type MessageBundle,
  registerMessages,
  translate,
} from './i18n.js';
export { platformMessages } from './platform-messages.js';
