/**
 * Round 18 wave 2 (t18C2), whole calls (dev17 t-c-…): the worker's own number asked after a good verdict, or to keep or thank
 * the worker, is no request for a person. Own phrasings, not the corpus items, each with a look-alike that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';
import { rulesAlone } from './read-kind.js';

rulesAlone();

const NOW = '2026-11-18T10:30:00+08:00';
const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: NOW, locale: 'zh-CN' });
  return { v: r.value, i: r.intent };
};

describe("the worker's number asked to keep or thank the worker is no request for a person", () => {
  const cases: [string, string, string | number | null, string | null][] = [
    ['十分，顺便把师傅的手机号发我，以后再有事就找他', 'scale:0-10', 10, null],
    ['九分吧，那个工程师电话多少？我家网线他接的', 'scale:0-10', 9, null],
    ['挺满意，那个师傅微信给我一个，我邻居也想装', 'csat3', 'satisfied', null],
    ['师傅电话多少，我想让单位给他送个表扬信', 'csat3', null, null],
    // look-alikes: the number wanted to take a problem up, or a manager's number, still ask for a person
    ['你把维修师傅电话给我，我直接找他', 'csat3', null, 'human'],
    ['满意，你把你们经理电话给我', 'csat3', 'satisfied', 'human'],
    ['十分不满意，师傅电话给我', 'scale:0-10', null, 'human'],
  ];
  it.each(cases)('%s (%s)', (text, kind, v, i) => {
    const r = read(text, kind);
    if (v !== null) expect(r.v).toBe(v);
    expect(r.i).toBe(i);
  });
});

describe('a deferral given on an earlier call, told and taken back now, asks for no later call', () => {
  const cases: [string, string, string | null][] = [
    ['你们早上打我说在外面，好，现在可以了，九分', 'scale:0-10', null],
    ['昨天我说了等师傅再来看看，现在好了', 'yesno', null],
    // look-alikes: a deferral still asked for now
    ['上午我说了在开会，现在还在开会，下午打吧', 'yesno', 'reschedule'],
    ['你们下午打吧，我现在在开会', 'scale:0-10', 'reschedule'],
  ];
  it.each(cases)('%s (%s)', (text, kind, i) => {
    expect(read(text, kind).i).toBe(i);
  });
});
