#!/usr/bin/env python3
"""Convert the compact notation of the dev split (test/corpus/dev-source/*.txt) into test/corpus/*.dev.* files.

Run from the repository root: python3 test/corpus/dev-source/convert.py test/corpus
One line per item: `dialog.step | text | value | intent | complaint | at | flags | note`
(dialog codes in D; values vs/s/n/d, T/F, numbers, a..b windows, alternatives with /; flags:
? tentative, ! dissatisfied, ~ not dissatisfied, r reservation, @HH:MM the call's time, #tag).
Conversations: `dialog | line;line;... | outcome | level | escalates y/n | reasons | callbackAt | flags | note`
(_ is silence; V:name=value a variable; F:category a reservation flag)."""
import json, re, sys, datetime, collections
OUT = sys.argv[1] if len(sys.argv) > 1 else 'test/corpus'
# The id prefix of the split: d-a…, d-n…, d-c… (dev2-source/convert.py sets 'e' and reuses this notation).
PREFIX = 'd'
D = {'ti': ('telecom-install', 'zh-CN'), 'te': ('telecom-install', 'en'), 'tr': ('telecom-repair', 'zh-CN'),
     'tc': ('telecom-complaint', 'zh-CN'), 'hc': ('heating-complaint', 'zh-CN'), 'hr': ('heating-repair', 'zh-CN'),
     'hs': ('heating-sampling', 'zh-CN'), 'rv': ('renovation', 'zh-CN'), 'ue': ('unicom-engineer', 'zh-CN')}
EXP = {'identity': 'yesno', 'convenient': 'yesno', 'satisfaction': 'csat3', 'reason': 'text', 'ask_time': 'time',
       'fixed_check': 'yesno', 'problem_detail': 'text', 'solved': 'yesno', 'unsolved_detail': 'text',
       'handling_satisfaction': 'csat3', 'warm_now': 'yesno', 'temperature': 'scale:0-40:度',
       'heating_satisfaction': 'csat3', 'service_satisfaction': 'csat3', 'heating_reason': 'text', 'service_reason': 'text',
       'suggestions': 'text', 'design': 'yesno', 'quality': 'yesno', 'attitude': 'yesno', 'schedule': 'yesno',
       'site_safety': 'yesno', 'violations': 'yesno', 'recommend': 'yesno', 'low_reason': 'text', 'overall': 'scale:0-5', 'rating': 'scale:0-10'}
# the unhappy yes/no of each step (script: escalateWhen, or a 满意/不满意 question)
UNHAPPY = {'fixed_check': False, 'warm_now': False, 'solved': False, 'violations': True, 'design': False, 'quality': False,
           'attitude': False, 'schedule': False, 'site_safety': False}
LV = {'vs': 'very_satisfied', 's': 'satisfied', 'n': 'neutral', 'd': 'dissatisfied'}
INT = {'opt': 'opt_out', 'hum': 'human', 'cmp': 'complaint', 'rep': 'repeat', 'rs': 'reschedule', 'wp': 'wrong_person'}
CATS = {'late', 'mess', 'attitude', 'money', 'not_fixed', 'repeat_visit', 'unreachable', 'billing', 'safety', 'quality'}
BASE = datetime.datetime(2026, 11, 18, 10, 30)

def one_or_list(xs):
    return xs[0] if len(xs) == 1 else xs

def val(s, expect):
    s = s.strip()
    out = []
    for p in s.split('/'):
        p = p.strip()
        if p == '-': out.append(None)
        elif p in LV: out.append(LV[p])
        elif p == 'T': out.append(True)
        elif p == 'F': out.append(False)
        elif '..' in p:
            a, b = p.split('..'); out.append({'from': float(a) if '.' in a else int(a), 'to': float(b) if '.' in b else int(b)})
        elif re.fullmatch(r'\d+(\.\d+)?', p): out.append(float(p) if '.' in p else int(p))
        else: raise ValueError(f'bad value {p!r}')
    return one_or_list(out)

def intent(s):
    out = []
    for p in s.split('/'):
        p = p.strip()
        out.append(None if p in ('-', '') else INT[p])
    return one_or_list(out)

def cat(s):
    out = []
    for p in s.split('/'):
        p = p.strip()
        if p in ('-', ''): out.append(None)
        else:
            assert p in CATS, p; out.append(p)
    return one_or_list(out)

def when(spec, now):
    """'15:00', '+1 09:00', with the day of now."""
    spec = spec.strip()
    m = re.fullmatch(r'(?:\+(\d+)\s+)?(\d\d):(\d\d)', spec)
    if not m: raise ValueError(f'bad time {spec!r}')
    d = now.date() + datetime.timedelta(days=int(m.group(1) or 0))
    return datetime.datetime(d.year, d.month, d.day, int(m.group(2)), int(m.group(3))).strftime('%Y-%m-%dT%H:%M:00+08:00'), int(m.group(1) or 0)

def at(s, now):
    s = s.strip()
    if s in ('-', ''): return None
    if s == 'any': return 'any'
    if '~' in s:
        a, b = s.split('~')
        fa, off = when(a, now)
        if not b.strip().startswith('+') and off: b = f'+{off} {b.strip()}'
        fb, _ = when(b, now)
        return {'from': fa, 'to': fb}
    return when(s, now)[0]

def parse_now(flags):
    now = BASE
    for f in flags:
        if f.startswith('@'):
            t = f[1:]
            if 'T' in t: now = datetime.datetime.fromisoformat(t)
            else:
                h, m = t.split(':'); now = BASE.replace(hour=int(h), minute=int(m))
    return now

GC = collections.Counter()
def answers(path, kind):
    items, counters = [], GC
    category, tags = None, []
    for ln, line in enumerate(open(path, encoding='utf8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('//'): continue
        if line.startswith('# '):
            parts = line[2:].split(); category, tags = parts[0], parts[1:]; continue
        try:
            f = [x for x in line.split('|')]
            code, step = f[0].strip().split('.')
            text = f[1].strip()
            dialog, locale = D[code]
            expect = EXP[step]
            if dialog == 'unicom-engineer' and step == 'rating': expect = 'scale:0-10'
            if dialog == 'renovation' and step == 'overall': expect = 'scale:0-5'
            flags = f[6].split() if len(f) > 6 else []
            now = parse_now(flags)
            it = {'id': None, 'category': category, 'tags': list(tags) + [x[1:] for x in flags if x.startswith('#')],
                  'dialog': dialog, 'locale': locale, 'step': step, 'expect': expect,
                  'now': now.strftime('%Y-%m-%dT%H:%M:00+08:00'), 'tz': 'Asia/Shanghai', 'text': text}
            if kind == 'nonanswers':
                it['value'] = None
            else:
                v = val(f[2], expect) if len(f) > 2 and f[2].strip() != '' else None
                if expect not in ('text', 'time'): it['value'] = v
                it['intent'] = intent(f[3]) if len(f) > 3 else None
                it['complaint'] = cat(f[4]) if len(f) > 4 else None
                it['at'] = at(f[5], now) if len(f) > 5 else None
                prim = (v[0] if isinstance(v, list) else v) if expect not in ('text', 'time') else None
                ints = it['intent'] if isinstance(it['intent'], list) else [it['intent']]
                # Correction after the first run (see README "The dev split"): the interpreter does
                # not know which yes/no question it hears, and README says a reschedule on any yes/no
                # question reads "no"; the engine acts on the intent first. So on a yes/no step other
                # than identity, a wrong person, a reschedule or an opt-out may also read "no".
                if expect == 'yesno' and step != 'identity' and 'value' in it and set(ints) & {'wrong_person', 'reschedule', 'opt_out'}:
                    vs_ = v if isinstance(v, list) else [v]
                    if False not in vs_: vs_ = vs_ + [False]
                    if None not in vs_ and 'opt_out' in ints: vs_ = vs_ + [None]
                    it['value'] = one_or_list(vs_)
                # ... and "not fixed / not solved / not warm" is itself the not_fixed grievance.
                if step in ('fixed_check', 'warm_now', 'solved') and prim is False and it['complaint'] is None:
                    it['complaint'] = [None, 'not_fixed', 'quality'] if step == 'warm_now' else [None, 'not_fixed']
                comp = it['complaint'][0] if isinstance(it['complaint'], list) else it['complaint']
                dis = prim == 'dissatisfied'
                if expect == 'yesno' and step in UNHAPPY and prim is UNHAPPY[step]: dis = True
                if expect == 'scale:0-10' and isinstance(prim, int) and prim <= 6: dis = True
                if expect == 'scale:0-5' and isinstance(prim, int) and prim <= 2: dis = True
                if comp is not None and 'r' not in flags: dis = True
                if '!' in flags: dis = True
                if '~' in flags: dis = False
                it['dissatisfied'] = dis
                if '?' in flags: it['tentative'] = True
            note = [x for x in f[7:]] if len(f) > 7 else []
            if note: it['note'] = '|'.join(note).strip()
        except Exception as e:
            raise SystemExit(f'{path}:{ln}: {e}: {line}')
        pre = f'{PREFIX}-a' if kind == 'answers' else f'{PREFIX}-n'
        counters[category] += 1
        it['id'] = f'{pre}-{category}-{counters[category]:03d}'
        items.append(it)
    return items

def yq(x):
    return json.dumps(x, ensure_ascii=False).replace('": ', '": ').replace('{"', '{"')

def flow(o):
    # JSON-valued YAML flow mapping with unquoted keys, as the other splits write them
    if isinstance(o, dict):
        return '{' + ', '.join(f'{k}: {flow(v)}' for k, v in o.items()) + '}'
    if isinstance(o, list):
        return '[' + ', '.join(flow(v) for v in o) + ']'
    return json.dumps(o, ensure_ascii=False)

OUTC = {'c': 'completed', 'e': 'escalated', 'r': 'rescheduled', 'o': 'opted_out', 'i': 'incomplete', 'h': 'hung_up'}
GCC = collections.Counter()
def convs(path):
    out, counters = [], GCC
    category, tags = None, []
    for ln, line in enumerate(open(path, encoding='utf8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('//'): continue
        if line.startswith('# '):
            parts = line[2:].split(); category, tags = parts[0], parts[1:]; continue
        try:
            f = line.split('|')
            code = f[0].strip(); dialog, locale = D[code]
            lines = [('' if x.strip() == '_' else x.strip()) for x in f[1].split(';')]
            flags = f[7].split() if len(f) > 7 else []
            now = parse_now(flags)
            outcome = one_or_list([OUTC[x] for x in f[2].strip().split('/')])
            level = val(f[3], 'csat3')
            esc = f[4].strip() == 'y'
            reasons = None if f[5].strip() in ('-', '') else one_or_list([x.strip() for x in f[5].split(',')])
            cb = at(f[6], now)
            variables = {}
            for x in flags:
                if x.startswith('V:'):
                    k, v = x[2:].split('='); variables[k] = v
            dis = '!' in flags
            exp = {'outcome': outcome, 'level': level, 'escalates': esc}
            if reasons is not None: exp['reason'] = reasons
            exp['dissatisfied'] = dis
            exp['callbackAt'] = cb
            for x in flags:
                if x.startswith('F:'): exp['flag'] = x[2:]
            if dis: assert esc, 'dissatisfied must escalate'
            if cb is not None: assert outcome == 'rescheduled', 'callbackAt needs rescheduled'
            counters[dialog + ('-en' if locale == 'en' else '')] += 1
            cid = f"{PREFIX}-c-{dialog}{'-en' if locale == 'en' else ''}-{counters[dialog + ('-en' if locale == 'en' else '')]:03d}"
            note = '|'.join(f[8:]).strip() if len(f) > 8 else ''
            s = [f'- id: {json.dumps(cid)}', f'  dialog: {json.dumps(dialog)}', f'  locale: {json.dumps(locale)}',
                 f'  category: {json.dumps(category)}', f'  tags: {flow(list(tags) + [x[1:] for x in flags if x.startswith("#")])}',
                 f'  now: {json.dumps(now.strftime("%Y-%m-%dT%H:%M:00+08:00"))}', '  tz: "Asia/Shanghai"',
                 f'  variables: {flow(variables)}', f'  lines: {flow(lines)}', f'  expect: {flow(exp)}']
            if note: s.append(f'  note: {json.dumps(note, ensure_ascii=False)}')
            out.append('\n'.join(s))
        except Exception as e:
            raise SystemExit(f'{path}:{ln}: {e}: {line}')
    return out


def drop_test_duplicates(outdir):
    """Drop dev items whose words, step and clock equal a frozen test item's (the test split stays unseen: only keys are compared)."""
    import yaml
    PUNCT = re.compile(r'[\s，。！？,.!?、…~]')
    key = lambda a: '|'.join([a['dialog'], a['locale'], a['step'], a['now'], PUNCT.sub('', a['text']).lower()])
    test = set()
    for f in ('answers.test.ndjson', 'nonanswers.test.ndjson'):
        for l in open(f'{outdir}/{f}', encoding='utf8'):
            if l.strip(): test.add(key(json.loads(l)))
    dropped = 0
    for f in ('answers.dev.ndjson', 'nonanswers.dev.ndjson'):
        keep = []
        for l in open(f'{outdir}/{f}', encoding='utf8'):
            if l.strip() and key(json.loads(l)) in test: dropped += 1; continue
            keep.append(l)
        open(f'{outdir}/{f}', 'w', encoding='utf8').writelines(keep)
    tc = {'\n'.join(c['lines']) + '|' + c['dialog'] + c['locale'] for c in yaml.safe_load(open(f'{outdir}/conversations.test.yaml', encoding='utf8'))}
    text = open(f'{outdir}/conversations.dev.yaml', encoding='utf8').read()
    head, *blocks = text.split('\n- id: ')
    kept = [b for b in blocks if '\n'.join(yaml.safe_load('- id: ' + b)[0]['lines']) + '|' + yaml.safe_load('- id: ' + b)[0]['dialog'] + yaml.safe_load('- id: ' + b)[0]['locale'] not in tc]
    open(f'{outdir}/conversations.dev.yaml', 'w', encoding='utf8').write('\n- id: '.join([head] + kept))
    print('dropped', dropped, 'answers and', len(blocks) - len(kept), 'conversations equal to a test item')

if __name__ == '__main__':
    import glob
    a = []
    for p in sorted(glob.glob('test/corpus/dev-source/a*.txt')): a += answers(p, 'answers')
    n = []
    for p in sorted(glob.glob('test/corpus/dev-source/n*.txt')): n += answers(p, 'nonanswers')
    c = []
    for p in sorted(glob.glob('test/corpus/dev-source/c*.txt')): c += convs(p)
    with open(f'{OUT}/answers.dev.ndjson', 'w', encoding='utf8') as fh:
        for it in a: fh.write(json.dumps(it, ensure_ascii=False, separators=(',', ':')) + '\n')
    with open(f'{OUT}/nonanswers.dev.ndjson', 'w', encoding='utf8') as fh:
        for it in n: fh.write(json.dumps(it, ensure_ascii=False, separators=(',', ':')) + '\n')
    with open(f'{OUT}/conversations.dev.yaml', 'w', encoding='utf8') as fh:
        fh.write('# Whole conversations, dev split (see README.md). One item per conversation; fields are JSON-valued YAML.\n')
        fh.write('\n'.join(c) + '\n')
    print(len(a), len(n), len(c))
    drop_test_duplicates(OUT)
