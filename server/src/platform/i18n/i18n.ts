export type Locale = 'zh-CN' | 'en-US';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** One message per locale; `{name}` placeholders are filled from params. */
export type MessageBundle = Record<string, { 'zh-CN': string; 'en-US': string }>;

const messages = new Map<string, { 'zh-CN': string; 'en-US': string }>();

export function registerMessages(bundle: MessageBundle): void {
  for (const [key, value] of Object.entries(bundle)) messages.set(key, value);
}

export function hasMessage(key: string): boolean {
  return messages.has(key);
}

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const entry = messages.get(key);
  const template = entry ? entry[locale] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks zh-CN unless the client prefers English (Accept-Language: en, en-US, ...). */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en-US';
  }
  return DEFAULT_LOCALE;
}
