/**
 * Round 19 (t19Y, dev18 yes/no answers): nothing of the kind seen (没看到有, 没见有), the 有 being what was not seen, is a no;
 * a short yes followed by "what is it?" (是我，有什么事; 有空，啥事你说) is the yes, the question after it only asks the
 * caller's business. What must stay: an acknowledgement before a question about the fix, and a no before "what is it?".
 */
import { describe, it } from 'vitest';
import { check, none, rulesAlone } from './read-kind.js';

rulesAlone();

describe('nothing of the kind seen', () => {
  it('reads no', () => check([
    ['yesno', '没看到有', { v: false }],
    ['yesno', '没见有', { v: false }],
    ['yesno', '没看见有', { v: false }],
  ]));
});

describe('a short yes, then "what is it?"', () => {
  it('reads the yes', () => check([
    ['yesno', '对的是我 有什么事', { v: true }],
    ['yesno', '有空 什么事你说吧', { v: true }],
    ['yesno', '在的 有事吗', { v: true }],
  ]));
  it('a no stays a no', () => check([['yesno', '不方便 什么事', { v: false }]]));
  it('an acknowledgement before a question about the fix gives nothing', () => none([['yesno', '可以 那你说说 是怎么修好的']]));
});
