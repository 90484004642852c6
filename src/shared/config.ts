/**
 * The one configuration loader: reads process.env (or a given env), validates it with zod
 * and returns a typed object. Empty strings count as unset.
 */
import ipaddr from 'ipaddr.js';
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
  // Telephony (docs/telephony.md): Twilio webhooks, voice and SMS; Azure Speech for prompts.
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must be AC followed by 32 hex characters (the Account SID in the Twilio console)').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  TWILIO_FROM: z.string().optional(),
  // Another base URL for Twilio's REST API: the standalone simulator (huifang simulator), e.g. http://127.0.0.1:4010.
  TWILIO_API_BASE: z.url({ protocol: /^https?$/ }).optional(),
  TWILIO_AGENT_QUEUE: z.string().optional(),
  TWILIO_TRANSFER_MODE: z.enum(['conference', 'queue', 'off']).default('conference'),
  // Which telephony provider places calls and sends texts (docs/telephony-aliyun.md); a tenant may override it.
  HUIFANG_VOICE_PROVIDER: z.enum(['twilio', 'aliyun']).optional(),
  HUIFANG_SMS_PROVIDER: z.enum(['twilio', 'aliyun']).optional(),
  // Aliyun 语音服务 (SmartCall) and 短信服务 (docs/telephony-aliyun.md).
  ALIYUN_ACCESS_KEY_ID: z.string().optional(),
  ALIYUN_ACCESS_KEY_SECRET: z.string().optional(),
  ALIYUN_CALLED_SHOW_NUMBER: z.string().optional(),
  ALIYUN_CALLBACK_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  ALIYUN_CALLBACK_ALLOW: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
      for (const entry of list) {
        if (!isAddressOrCidr(entry)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(entry.slice(0, 60))} is not an IP address or a CIDR` });
      }
      return list;
    }),
  ALIYUN_SMS_SIGN_NAME: z.string().optional(),
  // Template name (as a dialog names it) = approved template code, comma-separated: survey=SMS_123456,reminder=SMS_234567.
  ALIYUN_SMS_TEMPLATES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const out: Record<string, string> = {};
      for (const entry of (v ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
        const m = /^([A-Za-z0-9_-]+)=([A-Za-z0-9_]+)$/.exec(entry);
        if (!m) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(entry.slice(0, 60))} is not name=TEMPLATE_CODE` });
        else out[m[1]!] = m[2]!;
      }
      return out;
    }),
  // Another base URL for the Aliyun APIs (the simulator), e.g. http://127.0.0.1:4010/aliyun.
  ALIYUN_API_BASE: z.url({ protocol: /^https?$/ }).optional(),
  // The TTS voice of SmartCall prompts (a 语音服务 voice name).
  ALIYUN_TTS_VOICE: z.string().regex(/^[a-z_]+$/, 'must be a voice name such as xiaoyun').default('xiaoyun'),
  AZURE_SPEECH_KEY: z.string().optional(),
  AZURE_SPEECH_REGION: z.string().regex(/^[a-z0-9]+$/, 'must be a region name such as eastasia').optional(),
  AZURE_SPEECH_VOICE: z.string().default('zh-CN-XiaoxiaoNeural'),
  SMS_SESSION_HOURS: z.coerce.number().positive().max(24 * 14).default(24),
  CALL_TIME_LIMIT_SEC: z.coerce.number().int().min(30).max(14400).default(600),
  RECORD_CALLS: z.enum(['true', 'false', '1', '0', 'yes', 'no']).default('true').transform((v) => v === 'true' || v === '1' || v === 'yes'),
  // Chat (docs/chat.md): the Bot Framework protocol through the Microsoft 365 Agents SDK.
  MICROSOFT_APP_ID: z.string().optional(),
  MICROSOFT_APP_PASSWORD: z.string().optional(),
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  HUIFANG_CHAT_SUBSCRIBE_CODE: z.string().min(6, 'must be at least 6 characters').optional(),
  // Supervisors' workspace (docs/workspace.md): the first admin, created at start if absent; session idle time.
  HUIFANG_ADMIN_USER: z.string().regex(/^[\p{L}\p{N}_.@-]{2,64}$/u, 'must be 2–64 letters, digits or _.@-').optional(),
  HUIFANG_ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  HUIFANG_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 30).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // HTTP server: the reverse proxies whose X-Forwarded-For / -Proto / -Host are believed (default none).
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
      for (const entry of list) {
        if (!isProxyEntry(entry)) {
          ctx.addIssue({ code: 'custom', message: `${JSON.stringify(entry.slice(0, 60))} is not an IP address, a CIDR (10.0.0.0/8) or one of ${PROXY_NAMES.join(', ')}` });
        }
      }
      return list;
    }),
});

/** An address or a CIDR (ALIYUN_CALLBACK_ALLOW). */
function isAddressOrCidr(entry: string): boolean {
  if (entry.includes('/')) {
    try {
      ipaddr.parseCIDR(entry);
      return true;
    } catch {
      return false;
    }
  }
  return ipaddr.isValid(entry);
}

/** Named address ranges TRUST_PROXY accepts (those of Fastify's proxy-addr). */
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'] as const;

/** An entry of TRUST_PROXY: an address, a CIDR, or a named range. */
function isProxyEntry(entry: string): boolean {
  if ((PROXY_NAMES as readonly string[]).includes(entry)) return true;
  if (entry.includes('/')) {
    try {
      ipaddr.parseCIDR(entry);
      return true;
    } catch {
      return false;
    }
  }
  return ipaddr.isValid(entry);
}

const TELEPHONY_KEYS = [
  'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM', 'TWILIO_API_BASE', 'TWILIO_AGENT_QUEUE', 'TWILIO_TRANSFER_MODE', 'SMS_SESSION_HOURS', 'CALL_TIME_LIMIT_SEC', 'RECORD_CALLS',
] as const;

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
  /** Public base URL Twilio reaches this server at (webhook signatures are checked against it). */
  publicUrl?: string;
  /** Twilio voice and SMS (docs/telephony.md). */
  twilio?: TwilioConfig;
  /** Which provider places calls and sends texts unless a tenant says otherwise (default twilio). */
  providers?: { voice: ProviderName; sms: ProviderName };
  /** Aliyun SmartCall and SMS (docs/telephony-aliyun.md); set when any ALIYUN_* variable is. */
  aliyun?: AliyunConfig;
  /** Azure Speech for prompt audio; unset: prompts are spoken by Twilio's <Say>. */
  /** Chat channel and supervisor alerts (docs/chat.md); unset: the anonymous local mode. */
  chat?: ChatConfig;
  azureSpeech?: AzureSpeechConfig;
  /** The workspace's first admin (HUIFANG_ADMIN_USER / HUIFANG_ADMIN_PASSWORD), set together. */
  admin?: { username: string; password: string };
  /** Workspace session idle timeout in minutes (default 480 = 8 h). */
  sessionIdleMinutes?: number;
  /**
   * TRUST_PROXY: the reverse proxies (addresses, CIDRs, loopback/linklocal/uniquelocal) whose
   * X-Forwarded-* headers are believed; unset (the default): none, the client is the socket's peer.
   */
  trustProxy?: string[];
}

export interface TwilioConfig {
  accountSid?: string;
  authToken?: string;
  /** Caller id / SMS sender (E.164 or a messaging service). */
  from?: string;
  /** TWILIO_API_BASE: REST requests go here instead of https://api.twilio.com (the simulator), without a trailing slash. */
  apiBase?: string;
  /** Queue name for live transfers to a human (<Enqueue>), used when `transferMode` is 'queue'. */
  agentQueue?: string;
  /**
   * How a live transfer reaches people (default 'conference'): the customer joins a conference
   * and the tenant's agents (users with a phone) are rung into it through the REST API, so
   * supervisors can listen in; 'queue': <Enqueue> to `agentQueue` (agents dequeue themselves,
   * no listening in); 'off': never a live transfer, always a task.
   */
  transferMode?: TransferMode;
  /** Hours an SMS thread waits for a reply before it expires (default 24). */
  smsSessionHours: number;
  /** Twilio timeLimit of a call, seconds (default 600). */
  callTimeLimitSec: number;
  /** Record calls (after a spoken notice; default true). */
  recordCalls: boolean;
}

export type TransferMode = 'conference' | 'queue' | 'off';

/** A telephony provider. */
export type ProviderName = 'twilio' | 'aliyun';
export const PROVIDER_NAMES: readonly ProviderName[] = ['twilio', 'aliyun'];

export interface AliyunConfig {
  accessKeyId?: string;
  accessKeySecret?: string;
  /** 被叫显号: the number customers see (bought in the 语音服务 console). */
  calledShowNumber?: string;
  /** The secret `token` query parameter of the callback URLs set in the console. */
  callbackToken?: string;
  /** Source addresses or CIDRs callbacks may come from (empty: any). */
  callbackAllow: string[];
  smsSignName?: string;
  /** Template name (as dialogs name it) -> approved template code. */
  smsTemplates: Record<string, string>;
  /** Send API requests here instead of https://dyvmsapi.aliyuncs.com and https://dysmsapi.aliyuncs.com (the simulator). */
  apiBase?: string;
  ttsVoice: string;
}

export interface AzureSpeechConfig {
  key: string;
  region: string;
  voice: string;
}

/** The bot's Microsoft Entra app registration; with an app id, /api/messages demands a valid token. */
export interface ChatConfig {
  appId?: string;
  appPassword?: string;
  appTenantId?: string;
  /** Supervisors subscribe to alerts with "订阅提醒 <code>" when set. */
  subscribeCode?: string;
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
  if ((e.HUIFANG_ADMIN_USER === undefined) !== (e.HUIFANG_ADMIN_PASSWORD === undefined)) {
    throw new HuifangError('HF_CONFIG_INVALID', 'HUIFANG_ADMIN_USER and HUIFANG_ADMIN_PASSWORD must be set together');
  }
  if (e.MICROSOFT_APP_ID === undefined && (e.MICROSOFT_APP_PASSWORD !== undefined || e.MICROSOFT_APP_TENANT_ID !== undefined)) {
    throw new HuifangError('HF_CONFIG_INVALID', 'MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID need MICROSOFT_APP_ID');
  }
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.HUIFANG_DATA_DIR,
    writeback:
      e.HUIFANG_WRITEBACK_URL !== undefined && e.HUIFANG_WRITEBACK_SECRET !== undefined
        ? { url: e.HUIFANG_WRITEBACK_URL, secret: e.HUIFANG_WRITEBACK_SECRET, allowPrivate: e.HUIFANG_WRITEBACK_ALLOW_PRIVATE }
        : null,
    logLevel: e.LOG_LEVEL,
    ...(e.TRUST_PROXY.length > 0 ? { trustProxy: e.TRUST_PROXY } : {}),
    ...(e.HUIFANG_ADMIN_USER !== undefined && e.HUIFANG_ADMIN_PASSWORD !== undefined
      ? { admin: { username: e.HUIFANG_ADMIN_USER, password: e.HUIFANG_ADMIN_PASSWORD } }
      : {}),
    ...(e.HUIFANG_SESSION_IDLE_MINUTES !== undefined ? { sessionIdleMinutes: e.HUIFANG_SESSION_IDLE_MINUTES } : {}),
    ...(e.PUBLIC_URL !== undefined ? { publicUrl: e.PUBLIC_URL.replace(/\/+$/, '') } : {}),
    // Set only when a telephony variable is (loadConfig({}) stays as it was).
    ...(TELEPHONY_KEYS.some((k) => cleaned[k] !== undefined) ? { twilio: {
      ...(e.TWILIO_ACCOUNT_SID !== undefined ? { accountSid: e.TWILIO_ACCOUNT_SID } : {}),
      ...(e.TWILIO_AUTH_TOKEN !== undefined ? { authToken: e.TWILIO_AUTH_TOKEN } : {}),
      ...(e.TWILIO_FROM !== undefined ? { from: e.TWILIO_FROM } : {}),
      ...(e.TWILIO_API_BASE !== undefined ? { apiBase: e.TWILIO_API_BASE.replace(/\/+$/, '') } : {}),
      ...(e.TWILIO_AGENT_QUEUE !== undefined ? { agentQueue: e.TWILIO_AGENT_QUEUE } : {}),
      transferMode: e.TWILIO_TRANSFER_MODE,
      smsSessionHours: e.SMS_SESSION_HOURS,
      callTimeLimitSec: e.CALL_TIME_LIMIT_SEC,
      recordCalls: e.RECORD_CALLS,
    } } : {}),
    ...(e.HUIFANG_VOICE_PROVIDER !== undefined || e.HUIFANG_SMS_PROVIDER !== undefined
      ? { providers: { voice: e.HUIFANG_VOICE_PROVIDER ?? 'twilio', sms: e.HUIFANG_SMS_PROVIDER ?? 'twilio' } }
      : {}),
    ...(Object.keys(cleaned).some((k) => k.startsWith('ALIYUN_')) ? { aliyun: {
      ...(e.ALIYUN_ACCESS_KEY_ID !== undefined ? { accessKeyId: e.ALIYUN_ACCESS_KEY_ID } : {}),
      ...(e.ALIYUN_ACCESS_KEY_SECRET !== undefined ? { accessKeySecret: e.ALIYUN_ACCESS_KEY_SECRET } : {}),
      ...(e.ALIYUN_CALLED_SHOW_NUMBER !== undefined ? { calledShowNumber: e.ALIYUN_CALLED_SHOW_NUMBER } : {}),
      ...(e.ALIYUN_CALLBACK_TOKEN !== undefined ? { callbackToken: e.ALIYUN_CALLBACK_TOKEN } : {}),
      callbackAllow: e.ALIYUN_CALLBACK_ALLOW,
      ...(e.ALIYUN_SMS_SIGN_NAME !== undefined ? { smsSignName: e.ALIYUN_SMS_SIGN_NAME } : {}),
      smsTemplates: e.ALIYUN_SMS_TEMPLATES,
      ...(e.ALIYUN_API_BASE !== undefined ? { apiBase: e.ALIYUN_API_BASE.replace(/\/+$/, '') } : {}),
      ttsVoice: e.ALIYUN_TTS_VOICE,
    } } : {}),
    ...(e.AZURE_SPEECH_KEY !== undefined && e.AZURE_SPEECH_REGION !== undefined
      ? { azureSpeech: { key: e.AZURE_SPEECH_KEY, region: e.AZURE_SPEECH_REGION, voice: e.AZURE_SPEECH_VOICE } }
      : {}),
    ...(e.MICROSOFT_APP_ID !== undefined || e.HUIFANG_CHAT_SUBSCRIBE_CODE !== undefined ? { chat: {
      ...(e.MICROSOFT_APP_ID !== undefined ? { appId: e.MICROSOFT_APP_ID } : {}),
      ...(e.MICROSOFT_APP_PASSWORD !== undefined ? { appPassword: e.MICROSOFT_APP_PASSWORD } : {}),
      ...(e.MICROSOFT_APP_TENANT_ID !== undefined ? { appTenantId: e.MICROSOFT_APP_TENANT_ID } : {}),
      ...(e.HUIFANG_CHAT_SUBSCRIBE_CODE !== undefined ? { subscribeCode: e.HUIFANG_CHAT_SUBSCRIBE_CODE } : {}),
    } } : {}),
  };
}
