import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';

const ctx = { locale: 'zh-CN' as const, now: '2026-11-18T10:00:00+08:00' };
const value = (text: string, kind: string) => interpret(text, parseKind(kind), ctx).value;

// Round 12: the names of places and people carry words a level or a score is read from; the name goes, the answer stays.
describe('non-answers (round 12)', () => {
  it('an estate, a street, a mall or a restaurant named after a good word is no level', () => {
    expect(value('就住在满意花苑旁边', 'csat3')).toBeNull();
    expect(value('我家是幸福家园那套', 'yesno')).toBeNull();
    expect(value('宽带装在好运来商场三楼那家店', 'csat3')).toBeNull();
    expect(value('我们在如意大街 满意广场对过', 'yesno')).toBeNull();
    expect(value('我们是东城街道满意社区的', 'csat3')).toBeNull();
    expect(value('幸福里 幸福里南区', 'yesno')).toBeNull();
    expect(value('我们是福满园小区的', 'yesno')).toBeNull();
    expect(value('我家在好再来饭店楼上', 'yesno')).toBeNull();
  });
  it('a place named after a number gives no score (its phase or floor neither)', () => {
    expect(value('阳光满意城三期', 'scale:0-5')).toBeNull();
    expect(value('幸福佳苑二期', 'scale:0-10')).toBeNull();
  });
  it('a person named with a numeral gives no score', () => {
    expect(value('我是张三娃', 'scale:0-10')).toBeNull();
    expect(value('师傅叫刘二宝', 'scale:0-5')).toBeNull();
    expect(value('我是李四妹', 'scale:0-10')).toBeNull();
  });
  it('an advert from the television (a call to dial or order now) is no answer, whatever level its slogan names', () => {
    expect(value('百分之百满意 现在拨打订购热线', 'csat3')).toBeNull();
    expect(value('非常满意 赶快拨打热线订购吧', 'csat3')).toBeNull();
    expect(value('限时抢购 包您满意', 'csat3')).toBeNull();
    expect(value('满意 就是师傅老让我拨打他们热线', 'csat3')).toBe('satisfied');
    expect(value('不满意 马上给我重新装', 'csat3')).toBe('dissatisfied');
  });
  it('a northern check of the line (能听着不) asks whether the call is heard, it answers nothing', () => {
    expect(value('喂 能听着不', 'yesno')).toBeNull();
    expect(value('听着没', 'yesno')).toBeNull();
    expect(value('喂喂 能听着吗', 'csat3')).toBeNull();
    expect(value('你说 我听着呢', 'yesno')).toBe(true);
  });
  it('the answers themselves stay', () => {
    expect(value('挺满意的', 'csat3')).toBe('satisfied');
    expect(value('满意，住在幸福小区这么多年第一次这么快', 'csat3')).toBe('satisfied');
    expect(value('九分', 'scale:0-10')).toBe(9);
    expect(value('是九分', 'scale:0-10')).toBe(9);
    expect(value('对', 'yesno')).toBe(true);
    expect(value('不满意 路上耽误了两个小时', 'csat3')).toBe('dissatisfied');
  });
});
