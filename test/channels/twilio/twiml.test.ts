import { describe, expect, it } from 'vitest';
import type { Effect, ListenEffect } from '../../../src/engine/types.js';
import { renderAgentDequeue, renderEmpty, renderHold, renderSayAndHangup, renderTwiml, renderWhisper, whisperText } from '../../../src/channels/twilio/twiml.js';

const X = '<?xml version="1.0" encoding="UTF-8"?>';
const SAY = '<Say language="cmn-CN" voice="Polly.Zhiyu-Neural">';
const A = 'https://example.org/twilio/voice?a=A1&t=3';
const ACTION = 'action="https://example.org/twilio/voice?a=A1&amp;t=3" method="POST"';
const p = (text: string, bargeIn = true): Effect => ({ type: 'prompt', text, bargeIn, stepId: 's' });
const listen: ListenEffect = {
  type: 'listen',
  stepId: 'satisfaction',
  expect: { kind: 'csat3' },
  modes: ['speech', 'dtmf'],
  keypad: { '1': '非常满意', '2': '满意', '3': '不满意' },
  hints: ['非常满意', '满意', '不满意'],
  timeoutSec: 6,
};
const end: Effect = { type: 'end', outcome: 'completed', stepId: 'closing' };
const whisperUrl = 'https://example.org/twilio/whisper?a=A1';

describe('TwiML renderer (exact strings)', () => {
  it('prompt (no barge-in) + barge-in question + speech/dtmf listen', () => {
    expect(renderTwiml([p('您好。', false), p('请问满意吗？'), listen], { actionUrl: A })).toBe(
      `${X}<Response>${SAY}您好。</Say><Gather input="speech dtmf" ${ACTION} language="cmn-Hans-CN" hints="非常满意,满意,不满意" speechTimeout="auto" timeout="6" numDigits="1" actionOnEmptyResult="true" bargeIn="true">${SAY}请问满意吗？</Say></Gather></Response>`,
    );
  });

  it('keypad-only listen after repeated failures', () => {
    expect(renderTwiml([p('请按键。'), { ...listen, modes: ['dtmf'] }], { actionUrl: A })).toBe(
      `${X}<Response><Gather input="dtmf" ${ACTION} timeout="6" numDigits="1" actionOnEmptyResult="true">${SAY}请按键。</Say></Gather></Response>`,
    );
  });

  it('multi-digit keypad answers (0-10) have no numDigits; no hints attribute when there are none', () => {
    expect(renderTwiml([p('请打分。'), { ...listen, keypad: { '10': '十分' }, hints: [] }], { actionUrl: A })).toBe(
      `${X}<Response><Gather input="speech dtmf" ${ACTION} language="cmn-Hans-CN" speechTimeout="auto" timeout="6" actionOnEmptyResult="true" bargeIn="true">${SAY}请打分。</Say></Gather></Response>`,
    );
  });

  it('a listen with no prompt inside has no bargeIn', () => {
    expect(renderTwiml([p('您好。', false), listen], { actionUrl: A })).toBe(
      `${X}<Response>${SAY}您好。</Say><Gather input="speech dtmf" ${ACTION} language="cmn-Hans-CN" hints="非常满意,满意,不满意" speechTimeout="auto" timeout="6" numDigits="1" actionOnEmptyResult="true"/></Response>`,
    );
  });

  it('a reprompt renders like a prompt', () => {
    expect(renderTwiml([p('抱歉没有听清。请问满意吗？'), listen], { actionUrl: A })).toContain(`bargeIn="true">${SAY}抱歉没有听清。请问满意吗？</Say></Gather>`);
  });

  it('end: closing words then Hangup; stored-only effects render nothing', () => {
    const effects: Effect[] = [
      { type: 'record_answer', stepId: 's', raw: '满意', via: 'speech', value: 'satisfied', confidence: 0.9 },
      { type: 'set_score', stepId: 's', scale: 'csat3', raw: 'satisfied', level: 'satisfied' },
      { type: 'flag', reason: 'x', stepId: 's' },
      { type: 'reschedule', at: null, stepId: 's' },
      { type: 'opt_out', stepId: 's' },
      p('谢谢您，再见！', false),
      end,
    ];
    expect(renderTwiml(effects, { actionUrl: A })).toBe(`${X}<Response>${SAY}谢谢您，再见！</Say><Hangup/></Response>`);
  });

  it('Play when prompt audio exists; the recording notice first', () => {
    expect(
      renderTwiml([p('您好。', false), p('请问满意吗？'), listen], {
        actionUrl: A,
        audio: { '您好。': 'https://example.org/audio/ab.wav', '请问满意吗？': 'https://example.org/audio/cd.wav' },
        notice: '为了提升服务质量，本次通话将被录音。',
      }),
    ).toBe(
      `${X}<Response>${SAY}为了提升服务质量，本次通话将被录音。</Say><Play>https://example.org/audio/ab.wav</Play><Gather input="speech dtmf" ${ACTION} language="cmn-Hans-CN" hints="非常满意,满意,不满意" speechTimeout="auto" timeout="6" numDigits="1" actionOnEmptyResult="true" bargeIn="true"><Play>https://example.org/audio/cd.wav</Play></Gather></Response>`,
    );
  });

  it('escalate alone does not transfer', () => {
    const effects: Effect[] = [p('稍后会有专人与您联系。', false), { type: 'escalate', reason: 'dissatisfied', stepId: 'e' }, { ...end, outcome: 'escalated' }];
    expect(renderTwiml(effects, { actionUrl: A })).toBe(`${X}<Response>${SAY}稍后会有专人与您联系。</Say><Hangup/></Response>`);
  });

  it('transfer into the attempt\'s conference: the customer waits on hold, the Dial action decides what next', () => {
    const effects: Effect[] = [p('正在为您转接人工客服，请稍候。', false), { ...end, outcome: 'escalated' }];
    const transfer = {
      kind: 'conference' as const,
      name: 'hf-A1',
      waitUrl: 'https://example.org/twilio/hold?a=A1',
      statusCallback: 'https://example.org/twilio/conference?a=A1&t=5',
      actionUrl: 'https://example.org/twilio/transfer-end?a=A1&t=5',
    };
    expect(renderTwiml(effects, { actionUrl: A, transfer })).toBe(
      `${X}<Response>${SAY}正在为您转接人工客服，请稍候。</Say>` +
        '<Dial action="https://example.org/twilio/transfer-end?a=A1&amp;t=5" method="POST">' +
        '<Conference startConferenceOnEnter="false" endConferenceOnExit="true" beep="false" waitUrl="https://example.org/twilio/hold?a=A1" waitMethod="POST" ' +
        'statusCallback="https://example.org/twilio/conference?a=A1&amp;t=5" statusCallbackMethod="POST" statusCallbackEvent="start end join leave" participantLabel="customer">hf-A1</Conference>' +
        '</Dial></Response>',
    );
  });

  it('the hold message of a conference transfer (its wait URL) is Chinese, with a pause', () => {
    expect(renderHold()).toBe(`${X}<Response>${SAY}正在为您接通人工客服，请稍候，不要挂机。</Say><Pause length="8"/></Response>`);
  });

  it('transfer to the agent queue when asked', () => {
    const effects: Effect[] = [p('正在为您转接。', false), { ...end, outcome: 'escalated' }];
    expect(renderTwiml(effects, { actionUrl: A, transfer: { kind: 'queue', queue: 'huifang-agents', whisperUrl } })).toBe(
      `${X}<Response>${SAY}正在为您转接。</Say><Enqueue>huifang-agents</Enqueue>${SAY}抱歉，人工客服暂时无法接通，稍后会有专人与您联系。谢谢您，再见。</Say><Hangup/></Response>`,
    );
  });

  it('transfer to a number with the whisper url on the Number', () => {
    const effects: Effect[] = [p('正在为您转接。', false), { ...end, outcome: 'escalated' }];
    expect(renderTwiml(effects, { actionUrl: A, transfer: { kind: 'number', number: '+861088888888', whisperUrl, callerId: '+861012345678' } })).toBe(
      `${X}<Response>${SAY}正在为您转接。</Say><Dial timeout="20" callerId="+861012345678"><Number url="${whisperUrl}">+861088888888</Number></Dial>${SAY}抱歉，人工客服暂时无法接通，稍后会有专人与您联系。谢谢您，再见。</Say><Hangup/></Response>`,
    );
  });

  it('the agent side of a queue transfer hears the whisper', () => {
    expect(renderAgentDequeue('huifang-agents', whisperUrl)).toBe(`${X}<Response><Dial><Queue url="${whisperUrl}">huifang-agents</Queue></Dial></Response>`);
    expect(renderWhisper(whisperText({ customerName: '张先生', title: '电信装机回访', reason: 'dissatisfied', detail: '师傅迟到了' }))).toBe(
      `${X}<Response>${SAY}回访转接：张先生，电信装机回访，不满意，原因：师傅迟到了。</Say></Response>`,
    );
    expect(whisperText({ reason: 'human_requested' })).toBe('回访转接：客户要求人工。');
  });

  it('English dialogs use an English voice and recognizer', () => {
    expect(renderTwiml([p('Are you satisfied?'), { ...listen, hints: ['yes'] }], { actionUrl: A, locale: 'en' })).toBe(
      `${X}<Response><Gather input="speech dtmf" ${ACTION} language="en-US" hints="yes" speechTimeout="auto" timeout="6" numDigits="1" actionOnEmptyResult="true" bargeIn="true"><Say language="en-US" voice="Polly.Joanna-Neural">Are you satisfied?</Say></Gather></Response>`,
    );
  });

  it('escapes XML in prompt text; empty and hang-up documents', () => {
    expect(renderTwiml([p('A<B & "C"', false), end], { actionUrl: A })).toBe(`${X}<Response>${SAY}A&lt;B &amp; "C"</Say><Hangup/></Response>`);
    expect(renderTwiml([], { actionUrl: A })).toBe(`${X}<Response/>`);
    expect(renderEmpty()).toBe(`${X}<Response/>`);
    expect(renderSayAndHangup(null)).toBe(`${X}<Response><Hangup/></Response>`);
  });
});
