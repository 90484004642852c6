/**
 * Aliyun's APIs through the official POP SDK (`@alicloud/pop-core`, the generic RPC client of
 * Aliyun's OpenAPI, which signs each request with the AccessKey: HMAC-SHA1 over the sorted,
 * percent-encoded parameters, `SignatureNonce` and `Timestamp` included):
 * - 语音服务 Dyvmsapi 2017-05-25 `SmartCall` (发起智能语音交互通话, help.aliyun.com 114042);
 * - 短信服务 Dysmsapi 2017-05-25 `SendSms`.
 * The product's own Dyvmsapi client (@alicloud/dyvmsapi20170525) is not published on the npm
 * registry; the POP client makes the same signed call by action name (docs/telephony-aliyun.md).
 *
 * Requests are POSTed (form body), so no phone number is ever in a URL; errors carry Aliyun's
 * code, never the number or the SDK's message (it names the URL) (000 第四十三条(十一)).
 */
import RPCClient from '@alicloud/pop-core';
import { HuifangError } from '../../shared/errors.js';

export interface SmartCallRequest {
  /** 被叫号码: the customer, a mainland number without +86. */
  calledNumber: string;
  /** 被叫显号. */
  calledShowNumber: string;
  /** What the platform plays when the call is answered: TTS text. */
  ttsText: string;
  /** TTS voice of the prompts (e.g. xiaoyun). */
  voice: string;
  /** Given back in the first callback (`dynamic_id`): our attempt. */
  dynamicId: string;
  /** Given back in the receipts (`out_id`): our attempt. */
  outId: string;
  /** Silence before the platform reports `mute` (no input), ms. */
  muteTimeMs: number;
  /** The pause that ends an utterance, ms. */
  pauseTimeMs: number;
  /** Record the call. */
  record: boolean;
  /** Maximum call length, seconds. */
  sessionTimeoutSec: number;
  /** Ask the platform to recognise the carrier's early media (空号, 关机, 停机) and report it. */
  earlyMediaAsr: boolean;
}

export interface SendSmsRequest {
  /** A mainland number without +86. */
  phoneNumber: string;
  signName: string;
  templateCode: string;
  templateParam: Record<string, string>;
  /** Given back in the receipts: our attempt. */
  outId: string;
}

export interface AliyunApi {
  /** @returns the platform's CallId. @throws HuifangError HF_ALIYUN_REQUEST. */
  smartCall(req: SmartCallRequest): Promise<{ callId: string }>;
  /** @returns the BizId. @throws HuifangError HF_ALIYUN_REQUEST (details.providerCode). */
  sendSms(req: SendSmsRequest): Promise<{ bizId: string }>;
}

export interface AliyunApiOptions {
  accessKeyId: string;
  accessKeySecret: string;
  /**
   * Another base for both products (the simulator), e.g. http://127.0.0.1:4010/aliyun: voice
   * requests go to `<base>/dyvmsapi/`, SMS to `<base>/dysmsapi/`.
   */
  apiBase?: string;
  /** Request timeout, ms (default 10 s). */
  timeoutMs?: number;
}

export const DYVMS_ENDPOINT = 'https://dyvmsapi.aliyuncs.com';
export const DYSMS_ENDPOINT = 'https://dysmsapi.aliyuncs.com';
export const API_VERSION = '2017-05-25';

function apiError(e: unknown, what: string): HuifangError {
  const x = e as { code?: unknown; data?: { Code?: unknown } };
  const code = typeof x.code === 'string' ? x.code : typeof x.data?.Code === 'string' ? x.data.Code : null;
  return new HuifangError('HF_ALIYUN_REQUEST', `aliyun ${what} failed${code ? ` (code ${code})` : ''}`, { providerCode: code });
}

/** The Aliyun API through the POP SDK. */
export function createAliyunApi(o: AliyunApiOptions): AliyunApi {
  const base = o.apiBase?.replace(/\/+$/, '');
  const client = (endpoint: string) =>
    new RPCClient({
      accessKeyId: o.accessKeyId,
      accessKeySecret: o.accessKeySecret,
      endpoint,
      apiVersion: API_VERSION,
      opts: { timeout: o.timeoutMs ?? 10_000 },
    } as RPCClient.Config);
  const vms = client(base ? `${base}/dyvmsapi` : DYVMS_ENDPOINT);
  const sms = client(base ? `${base}/dysmsapi` : DYSMS_ENDPOINT);
  const post = { method: 'POST', formatParams: false };
  return {
    async smartCall(req) {
      try {
        const r = await vms.request<{ Code?: string; CallId?: string }>(
          'SmartCall',
          {
            CalledNumber: req.calledNumber,
            CalledShowNumber: req.calledShowNumber,
            VoiceCode: req.ttsText,
            TtsConf: true,
            TtsStyle: req.voice,
            DynamicId: req.dynamicId,
            OutId: req.outId,
            MuteTime: req.muteTimeMs,
            PauseTime: req.pauseTimeMs,
            RecordFlag: req.record,
            SessionTimeout: req.sessionTimeoutSec,
            EarlyMediaAsr: req.earlyMediaAsr,
          },
          post,
        );
        if (!r.CallId) throw Object.assign(new Error('no CallId'), { code: r.Code ?? 'NoCallId' });
        return { callId: r.CallId };
      } catch (e) {
        throw apiError(e, 'SmartCall');
      }
    },
    async sendSms(req) {
      try {
        const r = await sms.request<{ Code?: string; BizId?: string }>(
          'SendSms',
          {
            PhoneNumbers: req.phoneNumber,
            SignName: req.signName,
            TemplateCode: req.templateCode,
            TemplateParam: JSON.stringify(req.templateParam),
            OutId: req.outId,
          },
          post,
        );
        if (!r.BizId) throw Object.assign(new Error('no BizId'), { code: r.Code ?? 'NoBizId' });
        return { bizId: r.BizId };
      } catch (e) {
        throw apiError(e, 'SendSms');
      }
    },
  };
}

/** A mainland E.164 number as Aliyun takes it (+8613800138000 -> 13800138000). */
export function aliyunNumber(e164: string): string {
  return e164.replace(/^\+86/, '').replace(/^\+/, '00');
}
