/**
 * Round 15 (t15V, values on yes/no steps): a fault seen on the screen or the bill after the fix (电视还是没信号 shown as
 * 无信号, 马赛克, a page spinning, one bar of signal, a charge still taken) is a no; the fix seen working (满格, 亮绿灯,
 * 检测都合格, 一点没渗) is a yes; 这哪叫热 denies the state; 还是一样 after a try is the fault unchanged; a wh-word made
 * "every" by 都 (哪间屋都不热) states, it does not ask. Checked on phrasings other than the corpus items, with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const yn = (text: string) => interpretKind(text, 'yesno').value;

describe('a fault seen after the fix', () => {
  it('answers no', () => {
    expect(yn('机顶盒重启了，屏幕上还是无信号')).toBe(false);
    expect(yn('卧室那台电视还是花屏马赛克')).toBe(false);
    expect(yn('打开视频就一直转圈，放不出来')).toBe(false);
    expect(yn('月初扣的那个流量包这个月还在扣')).toBe(false);
    expect(yn('到了厨房还是只有一格信号')).toBe(false);
    expect(yn('电脑上写着无法访问此网站')).toBe(false);
  });
  it('leaves cable named as a kind of service, and a person pacing, alone', () => {
    expect(yn('有线电视也能看了')).toBe(true);
    expect(interpretKind('孩子要上网课急得我直转圈，师傅一来就弄好了，满意', 'csat3').value).toBe('satisfied');
  });
});

describe('the fix seen working', () => {
  it('answers yes', () => {
    expect(yn('我在楼道里看了一下，信号满格')).toBe(true);
    expect(yn('路由器上的灯都亮绿灯了')).toBe(true);
    expect(yn('燃气公司来检测，都合格')).toBe(true);
    expect(yn('昨晚下暴雨，阳台那一点没渗')).toBe(true);
  });
});

describe('the state denied, or unchanged after a try', () => {
  it('answers no', () => {
    expect(yn('摸着就是温的，这哪叫热')).toBe(false);
    expect(yn('重装了一遍驱动，还是一样')).toBe(false);
    expect(yn('清了缓存，还是这个页面')).toBe(false);
  });
  it('leaves a good state said to be unchanged alone', () => {
    expect(yn('还是一样好用')).toBe(true);
    expect(yn('重启以后还是一样稳定')).toBe(true);
  });
});

describe('a wh-word made "every" by 都', () => {
  it('states, and the state answers', () => {
    expect(yn('哪间屋都不热')).toBe(false);
    expect(yn('哪儿都挺暖和')).toBe(true);
  });
  it('still asks when it asks', () => {
    expect(yn('哪个屋不热？')).toBe(null);
    expect(yn('哪个屋都不热吗')).toBe(null);
  });
});
