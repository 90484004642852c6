/**
 * The Aliyun callbacks' authentication: the `token` query parameter (constant-time compare)
 * and the optional source-address allowlist, checked in an onRequest hook — before the body is
 * read or anything is written — and the pure parts of the adapter (early media, inputs,
 * receipts' outcomes, the action renderer).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderAction, parseDynamicId } from '../../../src/channels/aliyun/action.js';
import { addressAllowed, aliyunSurface, tokenMatches } from '../../../src/channels/aliyun/surface.js';
import { earlyMediaReason, inputFromSmartCall, reportOutcome } from '../../../src/channels/aliyun/voice.js';
import type { Effect } from '../../../src/engine/types.js';
import { appRig, type AppRig } from '../../support/app.js';

const TOKEN = 'surface-test-token-0123456789';
const ENV = { PUBLIC_URL: 'https://example.org', ALIYUN_CALLBACK_TOKEN: TOKEN, ALIYUN_ACCESS_KEY_ID: 'LTAIx', ALIYUN_ACCESS_KEY_SECRET: 's', ALIYUN_CALLED_SHOW_NUMBER: '057100000000' };

let r: AppRig | null = null;
afterEach(async () => {
  await r?.close();
  r = null;
});

describe('POST /aliyun/*: refused with 403 before any read unless the token (and address) match', () => {
  it('no token, a wrong token, a token of another length: 403 HF_ALIYUN_CALLBACK_AUTH; a body that cannot be parsed is never parsed', async () => {
    r = await appRig({ env: ENV, surfaces: [aliyunSurface] });
    for (const url of ['/aliyun/smartcall', `/aliyun/smartcall?token=${TOKEN.slice(0, -1)}x`, '/aliyun/voice-report?token=short', `/aliyun/sms-up?token=${TOKEN}extra`]) {
      const res = await r.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{not json' });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('HF_ALIYUN_CALLBACK_AUTH');
    }
    // With the token the same unparsable body reaches the parser (400): the hook ran first above.
    const ok = await r.app.inject({ method: 'POST', url: `/aliyun/voice-report?token=${TOKEN}`, headers: { 'content-type': 'application/json' }, payload: '{not json' });
    expect(ok.statusCode).toBe(400);
    const empty = await r.app.inject({ method: 'POST', url: `/aliyun/voice-report?token=${TOKEN}`, headers: { 'content-type': 'application/json' }, payload: '[]' });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ code: 0, msg: '接收成功' });
  });

  it('ALIYUN_CALLBACK_ALLOW: a right token from another address is refused', async () => {
    r = await appRig({ env: { ...ENV, ALIYUN_CALLBACK_ALLOW: '10.0.0.0/8' }, surfaces: [aliyunSurface] });
    const res = await r.app.inject({ method: 'POST', url: `/aliyun/voice-report?token=${TOKEN}`, headers: { 'content-type': 'application/json' }, payload: '[]', remoteAddress: '192.0.2.7' });
    expect(res.statusCode).toBe(403);
    const inside = await r.app.inject({ method: 'POST', url: `/aliyun/voice-report?token=${TOKEN}`, headers: { 'content-type': 'application/json' }, payload: '[]', remoteAddress: '10.1.2.3' });
    expect(inside.statusCode).toBe(200);
  });

  it('the surface does not start without ALIYUN_CALLBACK_TOKEN', async () => {
    await expect(appRig({ env: { PUBLIC_URL: 'https://example.org', ALIYUN_ACCESS_KEY_ID: 'x' }, surfaces: [aliyunSurface] })).rejects.toMatchObject({ code: 'HF_ALIYUN_CONFIG' });
  });

  it('tokenMatches and addressAllowed', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(undefined, TOKEN)).toBe(false);
    expect(tokenMatches('', TOKEN)).toBe(false);
    expect(tokenMatches(TOKEN.toUpperCase(), TOKEN)).toBe(false);
    expect(addressAllowed('10.2.3.4', [])).toBe(true);
    expect(addressAllowed('::ffff:10.2.3.4', ['10.0.0.0/8'])).toBe(true);
    expect(addressAllowed('11.2.3.4', ['10.0.0.0/8', '192.0.2.1'])).toBe(false);
    expect(addressAllowed('192.0.2.1', ['10.0.0.0/8', '192.0.2.1'])).toBe(true);
  });
});

describe('the SmartCall adapter, pure parts', () => {
  it('reads early media: 空号, 关机, 停机, and nothing else', () => {
    expect(earlyMediaReason('您拨打的号码是空号，请查证后再拨')).toBe('unassigned');
    expect(earlyMediaReason('您拨打的电话已关机')).toBe('powered_off');
    expect(earlyMediaReason('您拨打的电话已停机')).toBe('suspended');
    expect(earlyMediaReason('嘟——嘟——')).toBeNull();
  });

  it('maps callbacks to engine inputs: words, silence, keys; a timebreak is nothing', () => {
    expect(inputFromSmartCall('normal', { words: ' 挺满意的 ' })).toEqual({ type: 'answer', text: '挺满意的', confidence: 0.8 });
    expect(inputFromSmartCall('normal', { words: '' })).toEqual({ type: 'no_input' });
    expect(inputFromSmartCall('mute', {})).toEqual({ type: 'no_input' });
    expect(inputFromSmartCall('dtmf', { dtmf: '1' })).toEqual({ type: 'digits', digits: '1' });
    expect(inputFromSmartCall('timebreak', {})).toBeNull();
  });

  it('reads receipts: answered, no answer, busy, and the early-media codes with their reason', () => {
    expect(reportOutcome({ smart_status_code: 'ANSWERED' }).outcome).toBe('completed');
    expect(reportOutcome({ status_code: '200003' }).outcome).toBe('no-answer');
    expect(reportOutcome({ status_code: '200002' }).outcome).toBe('busy');
    expect(reportOutcome({ smart_status_code: 'EMPTY_NUMBER' })).toEqual({ outcome: 'failed', reason: 'unassigned' });
    expect(reportOutcome({ status_code: '200010' })).toEqual({ outcome: 'failed', reason: 'powered_off' });
    expect(reportOutcome({ status_code: '999999' }).outcome).toBe('failed');
  });

  it('renders the next action: play with keys and mute time, hang up, transfer; the turn in dynamic_id', () => {
    const ask: Effect[] = [
      { type: 'prompt', text: '您对本次服务满意吗？满意请按1。', bargeIn: true, stepId: 'satisfaction' },
      { type: 'listen', stepId: 'satisfaction', expect: { kind: 'csat3' }, modes: ['speech', 'dtmf'], keypad: { '1': 'satisfied' }, hints: [], timeoutSec: 6 },
    ];
    const a = renderAction(ask, { attemptId: 'att1', turn: 3, voice: 'xiaoyun' });
    expect(a).toMatchObject({ action: 'play', content: '您对本次服务满意吗？满意请按1。', break: true, mute_time: 6000, dtmf: { max_digits: 1 }, dynamic_id: 'att1.3', voice: 'xiaoyun' });
    expect(parseDynamicId(a.dynamic_id)).toEqual({ attemptId: 'att1', turn: 3 });
    const end: Effect[] = [{ type: 'prompt', text: '感谢您的配合，再见。', bargeIn: false, stepId: 'bye' }, { type: 'end', stepId: 'bye', outcome: 'completed' } as Effect];
    expect(renderAction(end, { attemptId: 'att1', turn: 4, voice: 'xiaoyun' })).toMatchObject({ action: 'hangup', content: '感谢您的配合，再见。', hangup_after_play: true });
    expect(renderAction(end, { attemptId: 'att1', turn: 4, voice: 'xiaoyun', transferTo: '13600000000', transferText: '正在为您转接人工客服，请稍候。' })).toMatchObject({
      action: 'transfer',
      content: '正在为您转接人工客服，请稍候。',
      transfer_to: '13600000000',
    });
    expect(parseDynamicId('att1.open')).toEqual({ attemptId: 'att1', turn: 'open' });
    expect(parseDynamicId('bad id')).toBeNull();
  });
});
