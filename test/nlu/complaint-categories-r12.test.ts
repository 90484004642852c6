/**
 * Round 12 (t12C), complaint categories (dev11 complaint, negative, irony): a construction that names one category
 * while its words belong to another. Each rule is checked on phrasings other than the corpus items that showed it.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const day = '2026-11-18';
const cat = (text: string, kind = 'csat3') => interpretKind(text, kind, { now: `${day}T10:30:00+08:00` }).complaint ?? null;

describe('the heating below standard, not a bill or a repair', () => {
  it('a fee paid in full beside a cold home, this season colder than the last', () => {
    expect(cat('暖气费一分钱没少交 家里冷得直哆嗦')).toBe('quality');
    expect(cat('屋里冷冰冰的 采暖费可一分不少')).toBe('quality');
    expect(cat('你们就知道光收钱不供暖', 'text')).toBe('quality');
    expect(cat('比往年还冷')).toBe('quality');
  });
});

describe('a bill in dispute', () => {
  it('a charge above the due named before the fee, a charge kept, the fee matter unanswered', () => {
    expect(cat('多扣了我三个月的月租')).toBe('billing');
    expect(cat('多算了我一个月的暖气费')).toBe('billing');
    expect(cat('没解决 月租照收', 'yesno')).toBe('billing');
    expect(cat('退费的事到现在也没给个答复', 'yesno')).toBe('billing');
    expect(cat('扣钱扣得我都心疼')).toBe('billing');
  });
});

describe('money on the side', () => {
  it('borrowed, a price difference pocketed, meals ordered for the crew, a part sold dear', () => {
    expect(cat('师傅问我借了两百块', 'yesno')).toBe('money');
    expect(cat('材料以次充好 赚了我的差价', 'yesno')).toBe('money');
    expect(cat('要我给工人点外卖', 'yesno')).toBe('money');
    expect(cat('师傅卖给我们的路由器比网上贵五十', 'text')).toBe('money');
  });
});

describe('attitude', () => {
  it('the fault put on the customer, the buck passed, a question brushed off, the phone played with', () => {
    expect(cat('来了就说是我家光猫的问题')).toBe('attitude');
    expect(cat('有问题别来找我们 他就这么说的', 'text')).toBe('attitude');
    expect(cat('物业说是你们的问题 你们说是物业的事', 'yesno')).toBe('attitude');
    expect(cat('他回我一句别瞎操心', 'yesno')).toBe('attitude');
    expect(cat('客服一问三不知', 'text')).toBe('attitude');
    expect(cat('人来了刷了一下午手机')).toBe('attitude');
  });
  it('a grievance conceded absent names nothing: what follows "就是" is meant', () => {
    expect(cat('红包倒是没有，就是说话带脏字', 'yesno')).toBe('attitude');
    expect(cat('要钱倒也没有 就是老迟到', 'yesno')).toBe('late');
  });
});

describe('late', () => {
  it('unfinished after the date, left for days, an outage in days, a queue at the counter, calls it took to book', () => {
    expect(cat('合同上写的月底完工 现在还没干完', 'yesno')).toBe('late');
    expect(cat('一停就是半个月', 'yesno')).toBe('late');
    expect(cat('没网好几天 急死了')).toBe('late');
    expect(cat('营业厅排队排了两个多小时')).toBe('late');
    expect(cat('说要换阀门 至今也没下文')).toBe('late');
    expect(cat('方案到现在还没给我', 'yesno')).toBe('late');
  });
});

describe('repeat visits', () => {
  it('told several times before anyone came, the n-th breakdown, the last repair that failed too', () => {
    expect(cat('反映了好几次都没人管')).toBe('repeat_visit');
    expect(cat('这是第四回断了')).toBe('repeat_visit');
    expect(cat('好是好了 可上次也是修完没两天又坏了', 'yesno')).toBe('repeat_visit');
    expect(cat('能用了 不过之前也是修好三天又断了', 'yesno')).toBe('repeat_visit');
    expect(cat('年年冬天都得打电话报修', 'text')).toBe('repeat_visit');
  });
});

describe('a fault not fixed', () => {
  it('as if not repaired, on and off, nothing done, still leaking, warm only by day, drops by the hour', () => {
    expect(cat('弄了跟没弄一样')).toBe('not_fixed');
    expect(cat('这网好一会儿坏一会儿', 'text')).toBe('not_fixed');
    expect(cat('压根没人来处理')).toBe('not_fixed');
    expect(cat('暖气管子还在往外漏', 'yesno')).toBe('not_fixed');
    expect(cat('早上还行 夜里就不热了', 'yesno')).toBe('not_fixed');
    expect(cat('一晚上掉线好几回', 'yesno')).toBe('not_fixed');
  });
  it('a no-show is late, a line nobody answers unreachable, a cooler night the quality, a refund for the outage billing', () => {
    expect(cat('等了一上午根本没人来')).toBe('late');
    expect(cat('热线半夜根本没人接 水管爆了找不着人', 'text')).toBe('unreachable');
    expect(cat('满意 白天挺暖和 夜里稍微凉一点')).toBe('quality');
    expect(cat('断网那两天的钱得退给我', 'text')).toBe('billing');
    expect(cat('停网那几天的钱应该退我', 'text')).toBe('billing');
  });
});

describe('safety', () => {
  it('a leak that soaks the flat below, a cable child-high or on the heating pipe, the window guard removed', () => {
    expect(cat('水管渗水把楼下也泡了')).toBe('safety');
    expect(cat('插座装在小孩摸得着的地方', 'text')).toBe('safety');
    expect(cat('网线就这么随便搭在热水管上', 'text')).toBe('safety');
    expect(cat('防护栏拆掉了也没人管', 'yesno')).toBe('safety');
  });
});

describe('mess and damage', () => {
  it('a hole drilled in the customer\'s things, a plug pulled, a floor soaked, the doorway left a mess, dust left', () => {
    expect(cat('把我家柜门钻了俩洞', 'text')).toBe('mess');
    expect(cat('把我冰箱的电源拔了', 'text')).toBe('mess');
    expect(cat('柜子被他们洒的水泡坏了', 'text')).toBe('mess');
    expect(cat('把楼道弄得乱七八糟')).toBe('mess');
    expect(cat('灰也没擦就走了')).toBe('mess');
  });
});

describe('quality of the work', () => {
  it('a wall uneven, marks under the light, the speed below the one sold, a loose fitting, a device dead in days', () => {
    expect(cat('腻子刮得凹凸不平', 'text')).toBe('quality');
    expect(cat('光一照全是道子', 'text')).toBe('quality');
    expect(cat('办的时候说五百兆 实际跑才一百', 'text')).toBe('quality');
    expect(cat('螺丝没拧紧', 'text')).toBe('quality');
    expect(cat('换的光猫两天就不亮了', 'text')).toBe('quality');
  });
  it('a design unfit, a home warm but less than the neighbours\'', () => {
    expect(cat('卫生间设计得太小 转不开身', 'yesno')).toBe('quality');
    expect(cat('设计得不合理 柜子都不实用', 'yesno')).toBe('quality');
    expect(cat('热了 但是不如邻居家暖和', 'yesno')).toBe('quality');
    expect(cat('设计一般', 'yesno')).toBeNull();
  });
});

describe('unreachable', () => {
  it('calls to the hotline it took to book, the person in charge vanished', () => {
    expect(cat('打了三回热线才约到人')).toBe('unreachable');
    expect(cat('打了好几次客服才有人理')).toBe('unreachable');
    expect(cat('工长玩消失了')).toBe('unreachable');
    expect(cat('设计师从头到尾就没露过面', 'text')).toBe('unreachable');
  });
});

describe('a fault back for the n-th time is never a small reservation', () => {
  it('beside a satisfied level it is a clear complaint, however it is introduced', () => {
    const r = interpretKind('满意，不过我得说一下，这都第四次断了', 'csat3', { now: `${day}T10:30:00+08:00` });
    expect(r.complaint).toBe('repeat_visit');
    expect(r.reservation ?? false).toBe(false);
  });
});

describe('a person reported, not asked for', () => {
  const intent = (text: string, kind = 'csat3') => interpretKind(text, kind, { now: `${day}T10:30:00+08:00` }).intent ?? null;
  it('staff words with an adverb before 说, a person who came told in the past', () => {
    expect(intent('他直接说有事找我们经理去', 'yesno')).toBeNull();
    expect(intent('她就说有问题找你们领导', 'yesno')).toBeNull();
    expect(intent('来个人看了看就走了')).toBeNull();
    // asked for, now: still a request
    expect(intent('你们来个人看看吧')).toBe('human');
    expect(intent('找你们领导来')).toBe('human');
  });
});
