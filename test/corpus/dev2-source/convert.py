#!/usr/bin/env python3
"""Convert the compact notation of the dev2 split (test/corpus/dev2-source/*.txt) into test/corpus/*.dev2.* files.

Run from the repository root: python3 test/corpus/dev2-source/convert.py test/corpus
The notation and its parser are dev-source/convert.py's; ids are prefixed e-a, e-n, e-c. Missing n*.txt or c*.txt
give empty files (conversations: an empty YAML list). Items equal to a test, dev or train item are dropped.
See dev-source/convert.py for the notation."""
import collections, importlib.util, json, os, re, sys

# The notation and its parser are dev-source/convert.py's: load it and switch the id prefix.
_spec = importlib.util.spec_from_file_location('dev_convert', os.path.join(os.path.dirname(__file__), '..', 'dev-source', 'convert.py'))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)
base.PREFIX = 'e'
answers, convs = base.answers, base.convs
OUT = sys.argv[1]

PUNCT = re.compile(r'[\s，。！？,.!?、…~]')
def akey(a):
    return '|'.join([a['dialog'], a['locale'], a['step'], a['now'], PUNCT.sub('', a['text']).lower()])

def ckey(c):
    return '\n'.join(c['lines']) + '|' + c['dialog'] + c['locale']

def drop_duplicates(outdir, a, n, c, earlier=('test', 'dev', 'train'), split='dev2'):
    """Drop items whose words, step and clock equal a frozen test item's (only keys are compared:
    the test split stays unseen), and items equal to an item of an earlier split (a new split must be new data)."""
    import os, yaml
    seen = {s: set() for s in earlier}
    cseen = {s: set() for s in earlier}
    for s in seen:
        for f in (f'answers.{s}.ndjson', f'nonanswers.{s}.ndjson'):
            if os.path.exists(f'{outdir}/{f}'):
                for l in open(f'{outdir}/{f}', encoding='utf8'):
                    if l.strip(): seen[s].add(akey(json.loads(l)))
        f = f'{outdir}/conversations.{s}.yaml'
        if os.path.exists(f):
            cseen[s] = {ckey(x) for x in (yaml.safe_load(open(f, encoding='utf8')) or [])}
    dropped = collections.Counter()
    def keep_item(k, sets):
        for s in earlier:
            if k in sets[s]: dropped[s] += 1; return False
        return True
    a = [x for x in a if keep_item(akey(x), seen)]
    n = [x for x in n if keep_item(akey(x), seen)]
    c = [x for x in c if keep_item(ckey(yaml.safe_load(x)[0]), cseen)]
    # dev2 items repeating one another (same key) are kept once
    def uniq(xs, k):
        out, ks = [], set()
        for x in xs:
            if k(x) in ks: dropped[split] += 1; continue
            ks.add(k(x)); out.append(x)
        return out
    a = uniq(a, akey); n = uniq(n, akey); c = uniq(c, lambda x: ckey(yaml.safe_load(x)[0]))
    print('dropped as equal to a', dict(dropped), 'item')
    return a, n, c

def main(split='dev2', prefix='e', earlier=('test', 'dev', 'train')):
    """Convert test/corpus/<split>-source/*.txt into the <split> files of OUT."""
    import glob
    base.PREFIX = prefix
    src = f'test/corpus/{split}-source'
    a = []
    for p in sorted(glob.glob(f'{src}/a*.txt')): a += answers(p, 'answers')
    n = []
    for p in sorted(glob.glob(f'{src}/n*.txt')): n += answers(p, 'nonanswers')
    c = []
    for p in sorted(glob.glob(f'{src}/c*.txt')): c += convs(p)
    print('written', len(a), len(n), len(c))
    a, n, c = drop_duplicates(OUT, a, n, c, earlier, split)
    with open(f'{OUT}/answers.{split}.ndjson', 'w', encoding='utf8') as fh:
        for it in a: fh.write(json.dumps(it, ensure_ascii=False, separators=(',', ':')) + '\n')
    with open(f'{OUT}/nonanswers.{split}.ndjson', 'w', encoding='utf8') as fh:
        for it in n: fh.write(json.dumps(it, ensure_ascii=False, separators=(',', ':')) + '\n')
    with open(f'{OUT}/conversations.{split}.yaml', 'w', encoding='utf8') as fh:
        fh.write(f'# Whole conversations, {split} split (see README.md). One item per conversation; fields are JSON-valued YAML.\n')
        fh.write(('\n'.join(c) + '\n') if c else '[]\n')
    print('kept', len(a), len(n), len(c))

if __name__ == '__main__':
    main()
