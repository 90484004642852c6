/** The Aliyun channel (docs/telephony-aliyun.md): what other modules use. */
export { createAliyunApi, aliyunNumber, API_VERSION, DYVMS_ENDPOINT, DYSMS_ENDPOINT } from './api.js';
export type { AliyunApi, AliyunApiOptions, SmartCallRequest, SendSmsRequest } from './api.js';
export { renderAction, dynamicId, parseDynamicId } from './action.js';
export type { SmartCallAction } from './action.js';
export { aliyunRuntime, aliyunVoiceRunner, startAliyunCall, handleSmartCall, handleVoiceReports, earlyMediaReason, inputFromSmartCall, reportOutcome, RECORDING_NOTICE, CALL_OPENING } from './voice.js';
export type { AliyunRuntime, AliyunVoiceState, VoiceReport, SmartCallParams } from './voice.js';
export { aliyunSmsProvider, aliyunSmsRuntime, aliyunSmsReplies, smsTemplateOf, DEFAULT_TEMPLATE } from './sms.js';
export type { SmsUpRecord } from './sms.js';
export { aliyunSurface, tokenMatches, addressAllowed } from './surface.js';
export { aliyunSurfaceIfConfigured } from './mount.js';
