#!/usr/bin/env python3
"""Convert the compact notation of the dev21 split (test/corpus/dev21-source/*.txt) into test/corpus/*.dev20.* files.

Run from the repository root: python3 test/corpus/dev21-source/convert.py test/corpus
The notation and its parser are dev-source/convert.py's (read its docstring and `answers`/`convs`); the split logic
is dev2-source/convert.py's, with dev12-source/convert.py's filter of non-answers (only on level, yes/no and number
steps) and dev13-source/convert.py's reading of `any` on a single answer as no time, both reused by loading
dev13-source/convert.py. Ids are prefixed x-a, x-n, x-c. Items equal to a test, dev, dev2 … dev20 or train item are
dropped (compared by key only: dialog, locale, step, clock and words, punctuation aside)."""
import importlib.util, os

_spec = importlib.util.spec_from_file_location('dev13_convert', os.path.join(os.path.dirname(__file__), '..', 'dev13-source', 'convert.py'))
dev13 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev13)

if __name__ == '__main__':
    dev13.dev2.main(split='dev21', prefix='x', earlier=('test', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'train'))
