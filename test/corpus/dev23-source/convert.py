#!/usr/bin/env python3
"""Convert the compact notation of the dev23 split (test/corpus/dev23-source/*.txt) into test/corpus/*.dev23.* files.

Run from the repository root: python3 test/corpus/dev23-source/convert.py test/corpus
Everything is dev22-source/convert.py's, loaded as it is: the notation and parser of dev-source/convert.py, the split
logic of dev2-source/convert.py, dev12's filter of non-answers and dev13's `any`, and dev22's mapping of a numeric
conversation level to the dialog's report level (the dev23 authors were told to write report level words, which the
mapping passes through unchanged). Ids are prefixed z-a, z-n, z-c. Items equal to a test, dev, dev2 … dev22 or train
item are dropped (compared by key only: dialog, locale, step, clock and words, punctuation aside)."""
import importlib.util, os

_spec = importlib.util.spec_from_file_location('dev22_convert', os.path.join(os.path.dirname(__file__), '..', 'dev22-source', 'convert.py'))
dev22 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev22)
dev13 = dev22.dev13

if __name__ == '__main__':
    dev13.dev2.main(split='dev23', prefix='z', earlier=('test', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'train'))
