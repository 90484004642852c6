/**
 * Round 20 (t20C): complaint categories on the free-text and rating steps, read on their step as the engine reads them (the
 * step's expectation and question): a fault still there where a repair or a handled complaint is followed up is not_fixed,
 * a cold home in the season's survey is quality; billing, unreachable and repeat-visit wordings; a wish for the future is no
 * grievance; "it took long" is late. Phrasings of our own, each beside a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
const onStep = (dialogStep: string, text: string) => readOnStep(dialogStep, text);
const rows = (cases: [string, string, string | null][]) => {
  for (const [step, text, c] of cases) expect(onStep(step, text).c, `${step}: ${text}`).toBe(c);
};

describe('the fault left on a repair or complaint follow-up, round 20', () => {
  it('is not_fixed on the step that asks what is still wrong', () => rows([
    ['telecom-repair.problem_detail', '座机还是没声音', 'not_fixed'],
    ['telecom-repair.problem_detail', '机顶盒没画面 电视看不了', 'not_fixed'],
    ['telecom-repair.problem_detail', '说不上来 反正用不了', 'not_fixed'],
    ['telecom-repair.problem_detail', '让师傅再来看看吧', 'not_fixed'],
    ['heating-complaint.unsolved_detail', '客厅那组还是不热 摸着温的', 'not_fixed'],
    ['heating-complaint.unsolved_detail', '暖气片上面热下面凉', 'not_fixed'],
    ['telecom-complaint.unsolved_detail', '信号还是差 在家打电话都听不清', 'not_fixed'],
  ]));
  it('look-alikes: the speed against the plan, the charges, the hotline and the workmanship keep their category', () => rows([
    ['telecom-repair.problem_detail', '网能用 可办的三百兆 测出来才三十兆', 'quality'],
    ['heating-complaint.unsolved_detail', '取暖费一分没少交 屋里跟冰窖一样', 'quality'],
    ['telecom-repair.problem_detail', '一直打不进来 转来转去', 'unreachable'],
  ]));
  it('is not_fixed when the handling is rated with the heating still cold', () => rows([
    ['heating-complaint.handling_satisfaction', '不满意 暖气一点都不热', 'not_fixed'],
    ['heating-repair.satisfaction', '一般吧 暖气还不是很热', 'not_fixed'],
  ]));
  it('look-alikes: a softened or paid-for cold keeps quality', () => rows([
    ['heating-complaint.handling_satisfaction', '还凑合 热是热了 不太热', 'quality'],
    ['heating-complaint.handling_satisfaction', '取暖费我一分不少交的 屋里才十五六度', 'billing'],
  ]));
  it('the same cold in the season survey is quality', () => rows([
    ['heating-sampling.heating_reason', '就是不热 别的没啥', 'quality'],
    ['heating-sampling.heating_satisfaction', '我们老人怕冷 屋里还是冷 不满意', 'quality'],
    // look-alike: a repair told in the survey is the fault left
    ['heating-sampling.heating_reason', '报修了两回 修完还是不热', 'not_fixed'],
  ]));
});

describe('billing, unreachable and repeat visits, round 20', () => {
  it('reads the category named', () => rows([
    ['telecom-complaint.reason', '费用的事一直没给个说法', 'billing'],
    ['telecom-complaint.reason', '每次打过去都说登记了 然后就没人回', 'unreachable'],
    ['telecom-complaint.reason', '每回投诉都这样 答应了不办', 'repeat_visit'],
    ['heating-complaint.unsolved_detail', '这事我都反映好几年了 年年不热', 'repeat_visit'],
    ['heating-sampling.heating_reason', '老停 这礼拜停了两回了', 'quality'],
    ['renovation.low_reason', '服务不好呗', 'attitude'],
  ]));
  it('look-alikes: money asked by staff, staff passing the buck', () => rows([
    ['telecom-complaint.reason', '师傅要我另外给他两百块', 'money'],
    ['telecom-complaint.handling_satisfaction', '不满意 推来推去的', 'attitude'],
    // the service called bad beside a score names no category
    ['renovation.overall', '服务不好，两分', null],
  ]));
});

describe('older splits: late, billing, unreachable, conduct and visits, round 20', () => {
  it('reads the category named', () => rows([
    ['telecom-complaint.reason', '答应两个工作日给回复 半个月了才来电话', 'late'],
    ['unicom-engineer.reason', '讲好的是包年套餐 结果给我改成了按月的', 'billing'],
    ['heating-sampling.service_reason', '打个电话得打老半天', 'unreachable'],
    ['telecom-repair.reason', '他在那玩手机玩了一个钟头 活都不干', 'attitude'],
    ['telecom-complaint.reason', '为这个事跑了营业厅四趟', 'repeat_visit'],
    ['heating-sampling.heating_reason', '暖气一直不太热 交的钱可一分不少', 'quality'],
  ]));
  it('look-alikes: the hotline reached at once, a plan as sold', () => rows([
    ['telecom-complaint.reason', '打个电话就通了 可问题没解决', 'not_fixed'],
    ['unicom-engineer.reason', '说好了是包年套餐 网速就是有点慢', 'quality'],
  ]));
  it('the worker who did not care is attitude', () => {
    expect(onStep('telecom-install.en.reason', 'he just didn\'t seem to care').c).toBe('attitude');
  });
});

describe('a wish for the future, round 20', () => {
  it('is no grievance', () => rows([
    ['heating-sampling.suggestions', '希望早点供暖 十一月一号就开最好', null],
    ['heating-sampling.suggestions', '希望一直这么暖和就好', null],
    ['renovation.suggestions', '就是希望保修期内出了问题能尽快来人', null],
  ]));
  it('look-alikes: a shortfall met beside the wish stays', () => {
    expect(onStep('heating-sampling.suggestions', '希望早点供暖 去年等了半个月').c).not.toBeNull();
    expect(onStep('renovation.suggestions', '希望有问题能快点来人 上次报修等了一个礼拜').c).not.toBeNull();
  });
});

describe('English reasons, round 20', () => {
  it('"it took long" is late; a pointer to an earlier call is none; a call asked for is a person', () => {
    expect(onStep('telecom-install.en.reason', 'nothing much, it just took so long').c).toBe('late');
    expect(onStep('telecom-install.en.reason', 'I already told the lady on the phone').c).toBeNull();
    expect(onStep('telecom-install.en.reason', 'could someone call me back so I can explain it properly').i).toBe('human');
  });
  it('look-alike: the hotline never answering is unreachable', () => {
    expect(onStep('telecom-install.en.reason', 'nobody ever picked up the phone').c).toBe('unreachable');
  });
});
