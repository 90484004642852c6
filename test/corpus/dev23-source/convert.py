#!/usr/bin/env python3
"""Convert the compact notation of the dev23 split (test/corpus/dev23-source/*.txt) into test/corpus/*.dev23.* files.

Run from the repository root: python3 test/corpus/dev22-source/convert.py test/corpus
The notation and its parser are dev-source/convert.py's (read its docstring and `answers`/`convs`); the split logic
is dev2-source/convert.py's, with dev12-source/convert.py's filter of non-answers (only on level, yes/no and number
steps) and dev13-source/convert.py's reading of `any` on a single answer as no time, both reused by loading
dev13-source/convert.py. Ids are prefixed z-a, z-n, z-c. Items equal to a test, dev, dev2 … dev22 or train item are
dropped (compared by key only: dialog, locale, step, clock and words, punctuation aside)."""
import importlib.util, os

_spec = importlib.util.spec_from_file_location('dev13_convert', os.path.join(os.path.dirname(__file__), '..', 'dev13-source', 'convert.py'))
dev13 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev13)

# The authors of dev22 were told (wrongly, by the lead's brief) that a conversation's level on a numeric scale is the
# number; the level of `try --json` is the report level the dialog's rule gives it (src/domain/levels.ts: 0-10 >= 9 very
# satisfied, >= 7 satisfied, else dissatisfied; 0-5 5, 4, 3 neutral, else dissatisfied). Numbers are mapped so.
import json, re
SCALES = {'unicom-engineer': lambda n: 'very_satisfied' if n >= 9 else 'satisfied' if n >= 7 else 'dissatisfied',
          'renovation': lambda n: 'very_satisfied' if n >= 5 else 'satisfied' if n >= 4 else 'neutral' if n >= 3 else 'dissatisfied'}
_convs = dev13.dev2.convs
def convs(path):
    out = []
    for item in _convs(path):
        dialog = json.loads(re.search(r'^  dialog: (.*)$', item, re.M).group(1))
        def fix(m):
            v = json.loads(m.group(1))
            vs = v if isinstance(v, list) else [v]
            mapped = []
            for x in vs:
                y = SCALES[dialog](x) if isinstance(x, (int, float)) and not isinstance(x, bool) else x
                if y not in mapped: mapped.append(y)
            return 'level: ' + json.dumps(mapped[0] if len(mapped) == 1 else mapped) + ','
        out.append(re.sub(r'level: (\[[^\]]*\]|[^,]+),', fix, item, count=1))
    return out
dev13.dev2.convs = convs

if __name__ == '__main__':
    dev13.dev2.main(split='dev23', prefix='z', earlier=('test', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'train'))
