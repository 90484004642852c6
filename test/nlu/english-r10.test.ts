import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';

const now = '2026-11-18T13:50:00+08:00';
const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'en') => interpret(text, parseKind(kind), { locale, now, timeZone: 'Asia/Shanghai' });
const value = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'en') => read(text, kind, locale).value;

// Round 10: English (British, American, Indian, Singaporean, learner) and code-switched answers, one family each.
describe('English answers (round 10)', () => {
  it('learner "no" before a level, "not at all" before a level; a pause keeps them apart', () => {
    expect(value('No satisfy. Internet still cannot', 'csat3')).toBe('dissatisfied');
    expect(value('no happy', 'csat3')).toBe('dissatisfied');
    expect(value('Not at all satisfied', 'csat3')).toBe('dissatisfied');
    expect(value('Not at all, it was great', 'csat3')).toBe('satisfied');
    expect(value('No, satisfied', 'csat3')).toBe('satisfied');
  });
  it('distancing frames deny the level said inside them', () => {
    expect(value("Well, it's not what I'd call satisfactory", 'csat3')).toBe('dissatisfied');
    expect(value("I'd be lying if I said I was happy with it", 'csat3')).toBe('dissatisfied');
    expect(value("I can't say I'm impressed", 'csat3')).toBe('dissatisfied');
    expect(value("I wouldn't say I'm dissatisfied", 'csat3')).not.toBe('dissatisfied');
    expect(value("I can't say enough good things about him", 'csat3')).not.toBe('dissatisfied');
  });
  it('understatement, faint praise, comparisons, grades', () => {
    expect(value("Let's just say there's room for improvement", 'csat3')).toBe('neutral');
    expect(value('It leaves a lot to be desired', 'csat3')).toBe('dissatisfied');
    expect(value('Well, he tried his best', 'csat3')).toBe('neutral');
    expect(value("Better than the last lot you sent, I'll give you that", 'csat3')).toBe('satisfied');
    expect(value('Worse than last time', 'csat3')).toBe('dissatisfied');
    expect(value("B plus, I'd say", 'csat3')).toBe('satisfied');
    expect(value('C plus maybe', 'csat3')).toBe('neutral');
  });
  it('Singlish "can" and sentence particles; chat letters', () => {
    expect(value('Can, can', 'yesno')).toBe(true);
    expect(value('Can lah, not bad', 'csat3')).toBe('satisfied');
    expect(value('Can you call me later', 'yesno')).not.toBe(true);
    expect(value('so slow one', 'csat3')).toBe('dissatisfied');
    expect(value('number one', 'csat3')).not.toBeNull();
    expect(value('y', 'yesno')).toBe(true);
    expect(value('k', 'yesno')).toBe(true);
    expect(value('Y', 'yesno', 'zh-CN')).toBe(true);
    expect(value('N', 'yesno', 'zh-CN')).toBe(false);
  });
  it('complaints told in English on a reason step', () => {
    expect(read('He left bits of old cable all over the hallway', 'text').complaint).toBe('mess');
    expect(read('The box keeps switching itself off', 'text').complaint).toBe('not_fixed');
    expect(read('Speed only 30 Mbps, we paid for 300', 'text').complaint).toBe('quality');
    expect(read('He asked 200 yuan extra for the cable', 'text').complaint).toBe('money');
    expect(read('Nobody told me it would take all day', 'text').complaint).toBe('late');
    expect(read('come until 5pm then say must come back tomorrow', 'text').complaint).toBe('late');
    expect(read('He came at 9 as agreed, very nice', 'csat3').complaint ?? null).toBeNull();
  });
  it('busy now, a later day proposed after "no", the line', () => {
    const busy = read('Now very busy. After 4 can?', 'yesno');
    expect(busy.intent).toBe('reschedule');
    expect(busy.at).toBe('2026-11-18T16:00:00+08:00');
    expect(read('Not really, the grandchildren are here. Tomorrow morning?', 'yesno').intent).toBe('reschedule');
    expect(value("the line's really bad hello", 'csat3')).toBeNull();
  });
  it('times: after work, office hours, teatime, ten past eight, a couple of days, five minutes closing', () => {
    expect(read("Once I'm off work", 'time').at).toBe('2026-11-18T18:00:00+08:00');
    expect(read('After office hours', 'time').at).toBe('2026-11-18T18:00:00+08:00');
    expect(read('Teatime-ish?', 'time').at).toBe('2026-11-18T17:00:00+08:00');
    expect(read('Ten past eight', 'time').at).toBe('2026-11-18T20:10:00+08:00');
    expect(read('Twenty to six', 'time').at).toBe('2026-11-18T17:40:00+08:00');
    expect(read("In a couple of days, if that's alright", 'time').at?.slice(0, 10)).toBe('2026-11-20');
    expect(read("Speaking, but I'm on the other line. Five minutes?", 'yesno').at).toBe('2026-11-18T13:55:00+08:00');
    expect(read('I waited five minutes', 'time').at).toBeNull();
  });
  it('English words inside a Chinese answer', () => {
    expect(value('呃 not really 满意', 'csat3', 'zh-CN')).toBe('dissatisfied');
    expect(value('质量还acceptable', 'yesno', 'zh-CN')).toBe(true);
    expect(read('在meeting 晚点', 'yesno', 'zh-CN').intent).toBe('reschedule');
    expect(value('五 stars', 'scale:0-5', 'zh-CN')).toBe(5);
    expect(read('weekend吧', 'time', 'zh-CN').at?.slice(0, 10)).toBe('2026-11-21');
    expect(read('下个week', 'time', 'zh-CN').at?.slice(0, 10)).toBe('2026-11-23');
    expect(value('OK OK，我note一下', 'csat3', 'zh-CN')).toBeNull();
    expect(read('不满意 the internet keeps dropping', 'csat3', 'zh-CN').complaint).toBe('not_fixed');
  });
  it('a counterfactual on time, pardon then an answer, URLs and where to pay, Chinese chat abbreviations', () => {
    const cf = read("If he'd turned up on time I'd say very satisfied", 'csat3');
    expect(cf.value).toBe('satisfied');
    expect(cf.complaint).toBe('late');
    expect(cf.reservation).toBe(true);
    expect(value('If he comes on time I will be happy', 'csat3')).toBe('satisfied');
    expect(value('Pardon? Satisfied? Oh yes, yes, quite satisfied', 'csat3')).toBe('satisfied');
    expect(read('Pardon?', 'csat3').intent).toBe('repeat');
    expect(value('is it www dot 189 dot cn where I pay the bill', 'csat3')).toBeNull();
    expect(read('the bill is wrong', 'csat3').complaint).toBe('billing');
    expect(value('yyds', 'csat3', 'zh-CN')).toBe('very_satisfied');
    expect(value('nb', 'csat3', 'zh-CN')).toBe('very_satisfied');
  });
  it('keys said with a verb or a hedge, percentages, thumbs and stars', () => {
    expect(value("I'll press one", 'csat3')).toBe('very_satisfied');
    expect(value('Two, I guess', 'csat3')).toBe('satisfied');
    expect(value('a hundred percent', 'csat3')).toBe('very_satisfied');
    expect(value('thumbs up', 'csat3')).toBe('satisfied');
    expect(value('negative stars if I could', 'csat3')).toBe('dissatisfied');
  });
});
