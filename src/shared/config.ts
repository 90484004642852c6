/**
 * The one configuration loader: reads process.env (or a given env), validates it with zod
 * and returns a typed object. Empty strings count as unset.
 */
import { z } from 'zod';
import { HuifangError } from './errors.js';

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  HUIFANG_DATA_DIR: z.string().default('./data'),
  HUIFANG_WRITEBACK_URL: z.url({ protocol: /^https?$/ }).optional(),
  HUIFANG_WRITEBACK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, 'must be whsec_ followed by a base64 key')
    .optional(),
  HUIFANG_WRITEBACK_ALLOW_PRIVATE: boolish,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The write-back endpoint of the default tenant, from the environment. */
export interface WritebackEnv {
  url: string;
  secret: string;
  allowPrivate: boolean;
}

export interface Config {
  /** Server Postgres when set; otherwise PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Both URL and secret set, or null. */
  writeback: WritebackEnv | null;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

/**
 * Read and validate the configuration.
 *
 * @throws HuifangError HF_CONFIG_INVALID naming each bad variable (values are not echoed:
 *   they may be secrets).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v.trim() !== '') cleaned[key] = v.trim();
  }
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new HuifangError('HF_CONFIG_INVALID', `invalid configuration: ${problems.join('; ')}`, { problems });
  }
  const e = parsed.data;
  if ((e.HUIFANG_WRITEBACK_URL === undefined) !== (e.HUIFANG_WRITEBACK_SECRET === undefined)) {
    throw new HuifangError(
      'HF_CONFIG_INVALID',
      'HUIFANG_WRITEBACK_URL and HUIFANG_WRITEBACK_SECRET must be set together',
    );
  }
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.HUIFANG_DATA_DIR,
    writeback:
      e.HUIFANG_WRITEBACK_URL !== undefined && e.HUIFANG_WRITEBACK_SECRET !== undefined
        ? { url: e.HUIFANG_WRITEBACK_URL, secret: e.HUIFANG_WRITEBACK_SECRET, allowPrivate: e.HUIFANG_WRITEBACK_ALLOW_PRIVATE }
        : null,
    logLevel: e.LOG_LEVEL,
  };
}
