/**
 * Round 19, second wave (t19K2): complaint categories taught on dev18's failures, by kind (own variants, not the corpus's words).
 */
import { describe, it } from 'vitest';
import { check, rulesAlone, type Row } from './read-kind.js';

rulesAlone();

describe('complaint categories, round 19 second wave', () => {
  it('reads messages or a promised call left unanswered as unreachable', () => {
    const rows: Row[] = [
      ['text', '工长后来发消息也不回了', { c: 'unreachable' }],
      ['yesno', '项目经理交了定金就不回我信息了', { c: 'unreachable' }],
      ['text', '客服答应明天回个电话 一直没消息', { c: 'unreachable' }],
    ];
    check(rows);
  });
  it('reads a leak still there or back after the repair as not fixed', () => {
    const rows: Row[] = [
      ['yesno', '没修好 阀门那还是滴水 墙都湿了', { c: 'not_fixed' }],
      ['csat3', '换的那个阀门过了两天又漏了', { c: 'not_fixed' }],
    ];
    check(rows);
  });
  it('reads an opening guarded by a rope or tape only as a hazard', () => {
    check([['yesno', '楼梯的护栏拆了 就用条胶带拉着', { c: 'safety' }]]);
  });
  // (A design redrawn many times as quality was taken out at the merge: 改了五回图，每回都得我跑一趟公司 is repeat_visit, and
  // 改了两回图 最后挺合心意的 no complaint; dev11 n-a-complaint-252, dev18 u-a-positive-280.)
  it('reads poor finishing as quality', () => {
    const rows: Row[] = [
      ['yesno', '还行吧 踢脚线收口不怎么齐', { c: 'quality' }],
    ];
    check(rows);
  });
  it('reads the recogniser’s 太度 before 太 as 态度', () => {
    check([['csat3', '那个小伙子太度太横了', { c: 'attitude' }]]);
  });
  it('reads English: the bill going up as billing, the booking taking weeks as late', () => {
    const rows: Row[] = [
      ['csat3', 'our monthly bill went up twenty bucks after the upgrade', { c: 'billing' }],
      ['csat3', 'nice engineer, but it took you two weeks to schedule the visit', { c: 'late' }],
    ];
    check(rows);
  });
});
