/**
 * Round 18, answers typed by SMS and chat (dev17, author a2): pinyin words and pinyin initials, chat emoji and sticker codes,
 * slang, the input method's wrong candidates, English auto-correct and texting, and the SMS words for "stop sending" and
 * "send again". Each reading is checked on wordings other than the corpus items that showed it, and beside a look-alike that
 * must not change. Rules alone, as the corpus is tuned.
 */
import { describe, expect, it } from 'vitest';
import { rulesAlone } from './read-kind.js';
import { interpretKind } from '../../src/nlu/index.js';
import type { Locale } from '../../src/nlu/types.js';

rulesAlone();

type Field = 'v' | 'i' | 'c';
const read = (text: string, kind: string, locale: Locale = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, c: r.complaint ?? null } as Record<Field, unknown>;
};

/** [text, kind, field, expected, locale?] */
type Row = [string, string, Field, unknown, Locale?];

const table = (name: string, rows: Row[]) =>
  describe(name, () => {
    for (const [text, kind, field, want, locale] of rows) {
      it(`${text} (${kind}${locale ? `, ${locale}` : ''}) -> ${field} ${JSON.stringify(want)}`, () => {
        expect(read(text, kind, locale)[field]).toEqual(want);
      });
    }
  });

table('pinyin words of a yes/no answer, a level and a time', [
  ['hen manyi', 'csat3', 'v', 'satisfied'],
  ['bu zenme manyi', 'csat3', 'v', 'dissatisfied'],
  ['shi wo a', 'yesno', 'v', true],
  ['ni shuo ba', 'yesno', 'v', true],
  ['bu zhengchang', 'yesno', 'v', false],
  ['hai shi duan wang', 'yesno', 'v', false],
  ['re le', 'yesno', 'v', true],
  ['hui de', 'yesno', 'v', true],
  ['bu hui', 'yesno', 'v', false],
  ['zai mang', 'yesno', 'i', 'reschedule'],
  // Look-alikes: English that happens to spell pinyin syllables stays English.
  ['you', 'yesno', 'v', null, 'en'],
  ['are you', 'csat3', 'v', null, 'en'],
  ['nine', 'scale:0-10', 'v', 9, 'en'],
]);

table('pinyin initials typed as the whole answer, in a Chinese dialog only', [
  ['fcmy', 'csat3', 'v', 'very_satisfied'],
  ['tmy', 'csat3', 'v', 'satisfied'],
  ['hbmy', 'csat3', 'v', 'dissatisfied'],
  ['my', 'csat3', 'v', 'satisfied'],
  ['zrg', 'csat3', 'i', 'human'],
  ['mjj', 'yesno', 'v', false],
  // Look-alikes: "my" is a word in the English dialog; initials inside a sentence are not read.
  ['my', 'csat3', 'v', null, 'en'],
  ['my wifi', 'csat3', 'v', null, 'en'],
]);

table('emoji, emoticons and sticker codes typed alone', [
  ['💕', 'csat3', 'v', 'satisfied'],
  ['🤢', 'csat3', 'v', 'dissatisfied'],
  ['🥶', 'yesno', 'v', false],
  ['🙄🙄', 'csat3', 'v', 'dissatisfied'],
  [':-(', 'csat3', 'v', 'dissatisfied'],
  ['(╯°□°)╯︵ ┻━┻', 'csat3', 'v', 'dissatisfied'],
  ['[OK]', 'csat3', 'v', 'satisfied'],
  ['🐮🍺 师傅', 'csat3', 'v', 'satisfied'],
  ['👎', 'csat3', 'v', 'dissatisfied', 'en'],
  // Look-alikes: no emoji, no level; a colon and a bracket inside a time stay a time.
  ['🤔', 'csat3', 'v', null],
  ['😂', 'csat3', 'v', null],
]);

table('chat slang and the input method\'s wrong candidates', [
  ['真牛', 'csat3', 'v', 'satisfied'],
  ['牛啊', 'csat3', 'v', 'satisfied'],
  ['直接寄了', 'csat3', 'v', 'dissatisfied'],
  ['太拉垮了', 'csat3', 'v', 'dissatisfied'],
  ['给个中评', 'csat3', 'v', 'neutral'],
  ['挺满竟的', 'csat3', 'v', 'satisfied'],
  ['灰常好', 'csat3', 'v', 'very_satisfied'],
  ['现在方遍', 'yesno', 'v', true],
  ['已经解绝了', 'yesno', 'v', true],
  ['没问提了', 'yesno', 'v', true],
  ['米有', 'yesno', 'v', false],
  ['冲吧', 'yesno', 'v', true],
  ['稳了', 'yesno', 'v', true],
  ['满意（才怪）', 'csat3', 'v', 'dissatisfied'],
  ['okk', 'csat3', 'v', 'satisfied'],
  ['ojbk', 'yesno', 'v', true],
  ['修好个der', 'yesno', 'v', false],
  // Look-alikes: 牛肉, 竟然, an aside that is an annotation.
  ['牛肉面', 'csat3', 'v', null],
  ['满意（笑）', 'csat3', 'v', 'satisfied'],
]);

table('English typed on a phone: auto-correct, slips and shorthand', [
  ['satisfies', 'csat3', 'v', 'satisfied', 'en'],
  ['very satisifed', 'csat3', 'v', 'very_satisfied', 'en'],
  ['verry happy', 'csat3', 'v', 'very_satisfied', 'en'],
  ['dissatisfies', 'csat3', 'v', 'dissatisfied', 'en'],
  ['yse', 'yesno', 'v', true, 'en'],
  ['lol no', 'yesno', 'v', false, 'en'],
  ['busy', 'yesno', 'i', 'reschedule', 'en'],
  ['v busy rn', 'yesno', 'i', 'reschedule', 'en'],
  ['fixed on the first visit, great 🙃', 'csat3', 'v', 'satisfied', 'en'],
  ['great, they came three times 🙃', 'csat3', 'v', 'dissatisfied', 'en'],
  // Look-alikes: the verb with its object.
  ['it satisfies me', 'csat3', 'v', null, 'en'],
]);

table('the SMS words for stop sending and send again', [
  ['以后别发了', 'yesno', 'i', 'opt_out'],
  ['不要再发信息了', 'csat3', 'i', 'opt_out'],
  ['麻烦再发一次', 'yesno', 'i', 'repeat'],
  // Look-alikes: no need to send (I have it), another way asked for.
  ['不用发了我记住了', 'yesno', 'i', null],
  ['别发短信了，打电话说', 'yesno', 'i', null],
]);

table('the customer\'s own typing slip taken back, no wrong number', [
  ['满意 打错了 是不满意', 'csat3', 'v', 'dissatisfied'],
  ['3 刚才发错了', 'scale:0-5', 'v', 3],
  // Look-alikes: a wrong number said alone or before who the customer is.
  ['打错了', 'yesno', 'i', 'wrong_person'],
  ['喂 打错了 我不是他', 'yesno', 'i', 'wrong_person'],
]);
