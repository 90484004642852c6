/**
 * Round 14 (t14K, whole conversations on dev13): lines that stopped a conversation short. The worker's effort praised
 * (跑了三趟给我弄好的，挺不容易); the hotline named as what not to dial (下回别打热线了) is no opt-out of our calls; a
 * third party who cannot hear on the line (my dad can't hear a thing on it) asks for no repeat. Own phrasings, with
 * look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { v: r.value, i: r.intent ?? null, c: r.complaint ?? null };
};

describe('trips told as the effort it cost them, appreciated', () => {
  it('keeps the level and names no repeat visit', () => {
    expect(read('满意，人家来回跑了两趟给我修好的，真不容易', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('挺满意的，师傅跑了三趟才找到原因，也不容易', 'csat3').v).toBe('satisfied');
  });
  it('trips that came to nothing, or with a but, stay a repeat visit', () => {
    expect(read('跑了三趟才弄好，真不容易', 'csat3').v).toBe('dissatisfied');
    expect(read('不满意，跑了三趟都没修好', 'csat3').v).toBe('dissatisfied');
  });
});

describe('the hotline named as the line not to dial', () => {
  it('is no opt-out of these calls', () => {
    expect(read('满意，师傅说下回别打热线了，直接找他', 'csat3').i).toBeNull();
    expect(read('他让我以后别打客服电话了', 'csat3').i).toBeNull();
  });
  it('an opt-out of these calls stays one', () => {
    expect(read('以后别打了', 'csat3').i).toBe('opt_out');
    expect(read('以后别再给我打电话了', 'csat3').i).toBe('opt_out');
    expect(read('下回别打了', 'yesno').i).toBe('opt_out');
  });
});

describe('someone else who cannot hear on the line', () => {
  it('is a fault told, not a request to repeat', () => {
    expect(read("not satisfied, my mum can't hear a thing on the phone since the install", 'csat3')).toMatchObject({ v: 'dissatisfied', i: null });
    expect(read("dissatisfied, he can't hear anything on it", 'csat3').i).toBeNull();
  });
  it('the customer who cannot hear the call still asks to repeat', () => {
    expect(read("sorry I can't hear you", 'csat3').i).toBe('repeat');
    expect(read("I couldn't hear that", 'csat3').i).toBe('repeat');
  });
});

describe('the urge to curse as the degree of a state', () => {
  it('says how hot, no one scolded', () => {
    expect(read('热了，热得我都想骂人了，在家穿背心', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('热，热得想骂人，屋里穿短袖', 'yesno')).toMatchObject({ v: true, c: null });
  });
  it('anger, or a worker who cursed, stays a grievance; cold stays cold', () => {
    expect(read('气得我都想骂人了', 'yesno').c).toBe('attitude');
    expect(read('热了，就是师傅骂人了', 'yesno').c).toBe('attitude');
    expect(read('冷得我都想骂人了', 'yesno').v).toBe(false);
  });
});

describe('the "oh wait" of a recall', () => {
  it('takes back a wrong number when what follows agrees', () => {
    expect(read('打错了吧？哦等等，对对，是我家报的', 'yesno')).toMatchObject({ v: true, i: null });
    expect(read('你打错了吧，哦等一下，是我报的', 'yesno')).toMatchObject({ v: true, i: null });
  });
  it('a hold is no correction', () => {
    expect(read('满意，哦等等，我去关个火', 'csat3').v).toBe('satisfied');
    expect(read('你打错了', 'yesno').i).toBe('wrong_person');
  });
});
