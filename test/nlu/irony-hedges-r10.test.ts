import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';

const ctx = { locale: 'zh-CN' as const, now: '2026-11-18T10:00:00+08:00' };
const read = (text: string, kind: string) => interpret(text, parseKind(kind), ctx);
const value = (text: string, kind: string) => read(text, kind).value;

// Round 10: irony, hedges and indirect answers, one rule family each; the happy customer is watched as closely as the unhappy one.
describe('irony, hedges and indirect answers (round 10)', () => {
  it('a joke taken back: what follows it is meant', () => {
    expect(value('差评！哈哈逗你玩的，非常满意', 'csat3')).toBe('very_satisfied');
    expect(value('不满意，开玩笑的，挺好的', 'csat3')).toBe('satisfied');
  });
  it('a rhetorical question denying the lack is a yes; helplessness of oneself is not', () => {
    expect(value('满意，怎么不满意，师傅大冷天的跑了两趟', 'csat3')).toBe('satisfied');
    expect(value('怎么会不满意呢', 'csat3')).toBe('satisfied');
    expect(value('有啥不满意的', 'csat3')).toBe('satisfied');
    expect(value('满意，咋不满意，钱都交了，我还能咋样', 'csat3')).toBe('dissatisfied');
    expect(value('呵呵 满意 一个投诉处理了二十多天 我能不满意吗', 'csat3')).toBe('dissatisfied');
    expect(value('还能说啥，装得利索，人也客气', 'csat3')).toBe('satisfied');
  });
  it("the customer's own health and effort spent for them are no grievance", () => {
    expect(value('我眼神不好 孙子给我念的 满意', 'csat3')).toBe('satisfied');
    expect(read('嗯 满意 这回那个小姑娘挺耐心的 跟我讲了半天', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
    expect(read('非常满意 你们那个小王为我这事跑了好几趟 真是辛苦他了', 'csat3')).toMatchObject({ value: 'very_satisfied', complaint: null });
    expect(read('弄了半天也没弄好', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'not_fixed' });
    expect(read('师傅等了半天才来', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'late' });
    expect(value('服务啊 上个月我去交费 那个姑娘态度挺好 还给我倒了杯水 满意', 'csat3')).toBe('satisfied');
  });
  it('excessive praise with public thanks is praise', () => {
    expect(value('好得不得了！这个师傅我要给他送锦旗！', 'csat3')).toBe('very_satisfied');
  });
  it('softened and withheld verdicts are hedges', () => {
    expect(value('也不是不满意吧', 'csat3')).toBe('satisfied');
    expect(value('说不上好不好，反正是解决了', 'csat3')).toBe('neutral');
    expect(value('还有提升空间吧', 'csat3')).toBe('neutral');
    expect(value('有待提高', 'csat3')).toBe('neutral');
    expect(value('挺满意的 还有提升空间', 'csat3')).toBe('satisfied');
    expect(value('满意是谈不上 不过比以前强点', 'csat3')).toBe('neutral');
    expect(value('说满意也满意，说不满意吧也有那么一点', 'csat3')).toBe('neutral');
    expect(read('你们也不容易 我知道 我就不说不满意了 就是让我等了两天', 'csat3')).toMatchObject({ value: 'neutral', complaint: 'late' });
    expect(value('我就不多说了，你们自己心里有数', 'csat3')).toBe('dissatisfied');
    expect(value('不是很满意', 'csat3')).toBe('dissatisfied');
  });
  it('the top score beside an unsoftened grievance with no "but" is said as a reproach', () => {
    expect(read('满分 迟到一下午的满分👏👏', 'scale:0-10')).toMatchObject({ value: null, complaint: 'late' });
    expect(read('来了四趟，真是满分服务啊', 'scale:0-10')).toMatchObject({ value: null, complaint: 'repeat_visit' });
    expect(read('给10分行了吧 师傅来了转一圈就走 啥也没弄', 'scale:0-10')).toMatchObject({ value: null, complaint: 'not_fixed' });
    expect(read('十分 就是来晚了一点', 'scale:0-10')).toMatchObject({ value: 10, complaint: 'late', reservation: true });
    expect(read('满分 垃圾都带走了 就是桌上留了点胶带纸', 'scale:0-10')).toMatchObject({ value: 10, reservation: true });
    expect(value('五分？我给你负五分', 'scale:0-5')).toBe(0);
    expect(value('十分，十分失望的十分', 'scale:0-10')).toBe(0);
    expect(value('打分 必须满分 满分五分我给负五', 'scale:0-5')).toBe(0);
    expect(value('负一', 'scale:0-10')).toBeNull();
  });
  it('praise then a grievance with no "but" is a reproach; the grievance gets its category', () => {
    expect(read('服务挺好的，打热线能免费听一上午音乐', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'unreachable' });
    expect(read('满意满意，你们多厉害，一句管道老化就把我打发了', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'attitude' });
    expect(read('你们处理投诉这速度我是服气的，整整一个月', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'late' });
    expect(read('你们师傅可忙了，一边装一边打了半小时电话', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'attitude' });
    expect(read('正常啊，正常地一小时掉三回线', 'yesno')).toMatchObject({ value: false, complaint: 'not_fixed' });
    expect(read('整整干了三天 特别辛苦 满意', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
  });
  it('praise said as a complaint: a grumble about zeal, then what the worker did for the customer', () => {
    expect(read('这师傅可真够磨叽的 装完还非得挨个屋测网速 测完还教我改密码', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
    expect(read('这师傅可真犟 留他吃饭死活不吃 水都不喝一口', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
    expect(read('你们这人咋回事 给他倒水不喝 给他烟不要 干完活还帮我把垃圾带下楼了', 'csat3')).toMatchObject({ value: 'satisfied', complaint: null });
    expect(read('十分 这哥们儿干活太磨叽了 每根线都贴标签 还给我画了张图', 'scale:0-10')).toMatchObject({ value: 10, complaint: null });
    expect(read('师傅太磨叽了 弄了一下午 还把我地板弄脏了', 'csat3')).toMatchObject({ value: 'dissatisfied' });
  });
  it('"at least not freezing" is lukewarm, no grievance', () => {
    expect(read('我老头子也不懂啥满意不满意的，反正冻不着', 'csat3')).toMatchObject({ value: 'neutral', complaint: null });
    expect(read('冻得不行', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'quality' });
  });
});
