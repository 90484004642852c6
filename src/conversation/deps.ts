/**
 * What every surface, channel and campaign gets: the store, the configuration, the dialogs,
 * the interpreter, the clock, and typed services. It lives here, below the channels and the
 * campaigns, so that they depend on it and not on the server (the server builds it).
 *
 * Services are typed, not a string-keyed bag: `Services` starts empty and each channel adds
 * the service it owns by declaration merging, next to the code that uses it, e.g. in
 * src/channels/twilio/common.ts:
 *
 *   declare module '../../conversation/deps.js' {
 *     interface Services { twilio?: VoiceProvider; promptAudio?: PromptAudio | null }
 *   }
 *
 * so `deps.services?.twilio` has its type wherever it is read, and tests inject a fake with
 * the same type checks as production code.
 */
import type { FastifyInstance } from 'fastify';
import type { DialogRegistry } from '../engine/registry.js';
import type { Interpreter } from '../nlu/types.js';
import type { Config } from '../shared/config.js';
import type { Store } from '../store/index.js';

/** Surface- and channel-specific services (a telephony provider, a TTS engine, …): each channel declares its own. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Services {}

/** What every surface may use. */
export interface AppDeps {
  store: Store;
  config: Config;
  dialogs: DialogRegistry;
  interpret: Interpreter;
  /** The clock: tests and the simulated demo inject one. */
  now: () => Date;
  services?: Services;
}

/** One HTTP surface (Twilio webhooks, chat, the workspace, intake, reports): registers its routes. */
export type SurfacePlugin = (app: FastifyInstance, deps: AppDeps) => Promise<void> | void;

/** Minimal logger shape (pino's and Fastify's request logger both fit). */
export interface ChannelLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
