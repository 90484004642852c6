/**
 * SMS through Aliyun 短信服务 (docs/telephony-aliyun.md). The SMS survey itself is the SMS
 * channel's (src/channels/twilio/sms.ts: the thread, reminders, expiry, TD/退订): only the
 * wire differs, so this module gives it
 * - a sender: each text goes out with SendSms through the template its dialog names (`sms:`
 *   in dialogs/*.yaml; the code from ALIYUN_SMS_TEMPLATES), the message as the template's
 *   `content` variable and the dialog's mapped variables beside it; a text outside a thread
 *   (the opt-out confirmation) uses the template named `default`;
 * - the replies: 上行短信 receipts (`POST /aliyun/sms-up`, JSON array of `phone_number`,
 *   `content`, `sequence_id`, …) become inbound messages of the same handler as Twilio's, so a
 *   reply is routed to the open thread by number and TD/退订 opts the number out.
 */
import type { AppDeps, ChannelLogger } from '../../conversation/deps.js';
import type { AliyunConfig } from '../../shared/config.js';
import { HuifangError } from '../../shared/errors.js';
import { twilioRuntime, type TwilioRuntime } from '../twilio/common.js';
import type { VoiceProvider } from '../twilio/provider.js';
import { handleInboundSms } from '../twilio/sms.js';
import { aliyunNumber, createAliyunApi, type AliyunApi } from './api.js';

/** One 上行短信 record. */
export interface SmsUpRecord {
  phone_number?: string;
  content?: string;
  sign_name?: string;
  send_time?: string;
  dest_code?: string;
  sequence_id?: string | number;
}

/** The template name of texts outside a thread (the opt-out confirmation). */
export const DEFAULT_TEMPLATE = 'default';

function apiOf(deps: AppDeps): AliyunApi {
  const api = deps.services?.aliyun;
  if (api) return api;
  const s = deps.config.aliyun;
  if (!s?.accessKeyId || !s.accessKeySecret) throw new HuifangError('HF_ALIYUN_CONFIG', 'ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET are needed to send SMS through Aliyun');
  return createAliyunApi({ accessKeyId: s.accessKeyId, accessKeySecret: s.accessKeySecret, ...(s.apiBase ? { apiBase: s.apiBase } : {}) });
}

/**
 * The template of a dialog's texts, with its code.
 * @throws HuifangError HF_SMS_TEMPLATE_MISSING (the dialog names none, or its name has no code),
 *   HF_ALIYUN_CONFIG (no ALIYUN_SMS_SIGN_NAME).
 */
export function smsTemplateOf(config: AliyunConfig | undefined, dialog: { id: string; sms?: { template: string; variables?: Record<string, string> } } | null): { code: string; signName: string; variables: Record<string, string> } {
  const name = dialog ? dialog.sms?.template : DEFAULT_TEMPLATE;
  if (!name) throw new HuifangError('HF_SMS_TEMPLATE_MISSING', `dialog ${dialog?.id ?? '?'} names no SMS template: an SMS survey cannot start on Aliyun`);
  const code = config?.smsTemplates[name];
  if (!code) throw new HuifangError('HF_SMS_TEMPLATE_MISSING', `SMS template "${name}"${dialog ? ` of dialog ${dialog.id}` : ''} has no code in ALIYUN_SMS_TEMPLATES: an SMS survey cannot start on Aliyun`);
  if (!config?.smsSignName) throw new HuifangError('HF_ALIYUN_CONFIG', 'ALIYUN_SMS_SIGN_NAME is not set: Aliyun sends no SMS without an approved signature');
  return { code, signName: config.smsSignName, variables: dialog?.sms?.variables ?? {} };
}

/**
 * A provider whose texts go through Aliyun (the SMS channel's `sendSms`); calls are not its
 * business (voice has its own adapter), so the call methods refuse.
 */
export function aliyunSmsProvider(deps: AppDeps): VoiceProvider {
  const api = apiOf(deps);
  const refuse = async (): Promise<never> => {
    throw new HuifangError('HF_ALIYUN_CONFIG', 'this provider sends Aliyun SMS only: calls go through the Aliyun voice adapter');
  };
  return {
    async sendSms(req) {
      const attempt = req.attemptId ? await deps.store.callbacks.getAttempt(req.attemptId) : null;
      const callback = attempt ? await deps.store.callbacks.require(attempt.callbackId) : null;
      const dialog = callback && deps.dialogs.has(callback.dialogId) ? deps.dialogs.get(callback.dialogId).spec : null;
      const t = smsTemplateOf(deps.config.aliyun, callback ? (dialog ?? { id: callback.dialogId }) : null);
      const vars = callback ? ((await deps.store.sessions.get<{ ctx?: { vars?: Record<string, string> } }>(callback.id))?.session.ctx?.vars ?? {}) : {};
      const templateParam: Record<string, string> = { content: req.body };
      for (const [tv, dv] of Object.entries(t.variables)) templateParam[tv] = vars[dv] ?? '';
      const { bizId } = await api.sendSms({ phoneNumber: aliyunNumber(req.to), signName: t.signName, templateCode: t.code, templateParam, outId: req.attemptId ?? 'notice' });
      return { providerId: bizId };
    },
    placeCall: refuse,
    fetchCallStatus: refuse,
    hangUp: refuse,
    updateCall: refuse,
    addParticipant: refuse,
    updateParticipant: refuse,
  };
}

const runtimes = new WeakMap<AppDeps, TwilioRuntime>();
/** The SMS channel's runtime with Aliyun as the wire. */
export function aliyunSmsRuntime(deps: AppDeps, log?: ChannelLogger): TwilioRuntime {
  let rt = runtimes.get(deps);
  if (!rt) {
    rt = twilioRuntime({ ...deps, services: { ...(deps.services ?? {}), twilio: aliyunSmsProvider(deps) } }, log);
    runtimes.set(deps, rt);
  }
  return rt;
}

/** 上行短信 receipts: each reply goes to the SMS channel's inbound handler (thread by number, TD/退订). */
export async function aliyunSmsReplies(deps: AppDeps, records: readonly SmsUpRecord[], log?: ChannelLogger): Promise<void> {
  const rt = aliyunSmsRuntime(deps, log);
  for (const r of records) {
    const phone = String(r.phone_number ?? '').trim();
    if (!phone) continue;
    await handleInboundSms(rt, {
      From: phone.startsWith('+') ? phone : `+86${phone}`,
      Body: String(r.content ?? ''),
      ...(r.sequence_id !== undefined ? { MessageSid: `aliyun-up:${String(r.sequence_id)}` } : {}),
    });
  }
}
