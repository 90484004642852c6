#!/usr/bin/env python3
"""Convert the compact notation of the dev11 split (test/corpus/dev11-source/*.txt) into test/corpus/*.dev11.* files.

Run from the repository root: python3 test/corpus/dev11-source/convert.py test/corpus
The notation and its parser are dev-source/convert.py's (read its docstring and `answers`/`convs`);
the split logic is dev2-source/convert.py's. Ids are prefixed n-a, n-n, n-c. Missing n*.txt or c*.txt
give empty files (conversations: an empty YAML list). Items equal to a test, dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10 or train item are
dropped (compared by key only: dialog, locale, step, clock and words, punctuation aside)."""
import importlib.util, os, sys

_spec = importlib.util.spec_from_file_location('dev2_convert', os.path.join(os.path.dirname(__file__), '..', 'dev2-source', 'convert.py'))
dev2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev2)

if __name__ == '__main__':
    dev2.main(split='dev11', prefix='n', earlier=('test', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'train'))
