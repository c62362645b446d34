import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ModuleMigration } from './db/index.js';
import type { AppContext } from './http/index.js';
import type { MessageBundle } from './i18n/index.js';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A bounded context: its tables, its messages and its routes, registered in one place. */
export interface AppModule {
  name: string;
  migrations?: ModuleMigration[];
  messages?: MessageBundle;
  register?(app: ZodApp, ctx: AppContext): void | Promise<void>;
}
