#!/usr/bin/env python3
"""Convert the compact notation of the dev13 split (test/corpus/dev13-source/*.txt) into test/corpus/*.dev13.* files.

Run from the repository root: python3 test/corpus/dev13-source/convert.py test/corpus
The notation and its parser are dev-source/convert.py's (read its docstring and `answers`/`convs`);
the split logic is dev2-source/convert.py's, and dev12-source/convert.py's filter of non-answers is reused: a
non-answer on a free-text or callback-time step is left out with its id (non-answers are measured where an answer
would be a level, a yes/no or a number; the corpus README, "Non-answers by kind"; corpus.test.ts checks it).
Ids are prefixed p-a, p-n, p-c. Missing n*.txt or c*.txt give empty files (conversations: an empty YAML list).
Items equal to a test, dev, dev2 … dev12 or train item are dropped (compared by key only: dialog, locale, step,
clock and words, punctuation aside). A single answer written with the callback time `any` (left to the caller)
expects no time (`at: null`)."""
import importlib.util, os

_spec = importlib.util.spec_from_file_location('dev12_convert', os.path.join(os.path.dirname(__file__), '..', 'dev12-source', 'convert.py'))
dev12 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev12)
dev2 = dev12.dev2

def answers(path, kind):
    items = dev12.answers(path, kind)
    # A single answer that leaves the time to the caller ("随便", "whenever") says no time: `at` is null (the corpus
    # README, callback times); `any` is what a whole call records. The dev13 brief listed `any` for answers too.
    for x in items:
        if x.get('at') == 'any': x['at'] = None
    return items
dev2.answers = answers

if __name__ == '__main__':
    dev2.main(split='dev13', prefix='p', earlier=('test', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'train'))
