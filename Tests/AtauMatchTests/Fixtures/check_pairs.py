#!/usr/bin/env python3
"""Validate Atau's name-pair fixtures and print counts per category and label.

Usage:  python3 check_pairs.py [FILE.tsv ...]
With no arguments it checks dev-pairs.tsv and heldout-pairs.tsv next to this
script.  Standard library only.  Exit status 1 when any file has an error.

Checks: UTF-8; exact header `a b label category source` (tab-separated);
5 columns per row; label in {match, no-match}; category known and consistent
with the label; no empty or whitespace-padded fields; a != b; no duplicate
pair (a, b) in either order, within a file or across the files checked.
"""
import collections
import os
import sys

HEADER = ['a', 'b', 'label', 'category', 'source']
POSITIVE = ('cross-scheme', 'cross-script', 'order-format', 'russian', 'transliterator')
NEGATIVE = ('relatives', 'namesakes', 'near-surnames', 'different')
LABEL_OF = dict([(c, 'match') for c in POSITIVE] + [(c, 'no-match') for c in NEGATIVE])


def check(path, seen_pairs, errors):
    counts = collections.Counter()
    name = os.path.basename(path)

    def err(lineno, msg):
        errors.append('%s:%d: %s' % (name, lineno, msg))

    try:
        with open(path, 'rb') as f:
            raw = f.read()
        text = raw.decode('utf-8')
    except (OSError, UnicodeDecodeError) as e:
        errors.append('%s: cannot read as UTF-8: %s' % (name, e))
        return counts
    if text.startswith('\ufeff'):
        err(1, 'byte-order mark is not allowed')
        text = text[1:]
    if '\r' in text:
        err(1, 'CR characters found; use LF line endings')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines:
        err(1, 'empty file')
        return counts
    if lines[0].split('\t') != HEADER:
        err(1, 'header must be %r, got %r' % ('\t'.join(HEADER), lines[0]))
    for lineno, line in enumerate(lines[1:], start=2):
        cols = line.split('\t')
        if len(cols) != 5:
            err(lineno, 'expected 5 tab-separated columns, got %d' % len(cols))
            continue
        a, b, label, category, source = cols
        for field, value in (('a', a), ('b', b), ('label', label), ('category', category),
                             ('source', source)):
            if not value.strip():
                err(lineno, 'empty %s' % field)
            elif value != value.strip():
                err(lineno, '%s has leading/trailing white space' % field)
        if label not in ('match', 'no-match'):
            err(lineno, 'label must be match or no-match, got %r' % label)
        if category not in LABEL_OF:
            err(lineno, 'unknown category %r' % category)
        elif label in ('match', 'no-match') and LABEL_OF[category] != label:
            err(lineno, 'category %s requires label %s' % (category, LABEL_OF[category]))
        if a and a == b:
            err(lineno, 'a and b are identical')
        key = frozenset((a, b))
        if key in seen_pairs:
            err(lineno, 'duplicate pair (also at %s)' % seen_pairs[key])
        else:
            seen_pairs[key] = '%s:%d' % (name, lineno)
        counts[(category, label)] += 1
    return counts


def report(name, counts):
    print('== %s' % name)
    cats = [c for c in POSITIVE + NEGATIVE if any(k[0] == c for k in counts)]
    cats += sorted({k[0] for k in counts} - set(cats))
    for c in cats:
        for lab in ('match', 'no-match'):
            if counts.get((c, lab)):
                print('  %-15s %-9s %5d' % (c, lab, counts[(c, lab)]))
    pos = sum(v for (c, lab), v in counts.items() if lab == 'match')
    neg = sum(v for (c, lab), v in counts.items() if lab == 'no-match')
    print('  %-25s %5d' % ('match total', pos))
    print('  %-25s %5d' % ('no-match total', neg))
    print('  %-25s %5d' % ('rows', pos + neg))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv or [os.path.join(here, 'dev-pairs.tsv'), os.path.join(here, 'heldout-pairs.tsv')]
    errors, seen, total = [], {}, collections.Counter()
    for p in paths:
        c = check(p, seen, errors)
        report(os.path.basename(p), c)
        total.update(c)
    if len(paths) > 1:
        report('all files', total)
    for e in errors[:200]:
        print('ERROR ' + e, file=sys.stderr)
    if len(errors) > 200:
        print('... %d more errors' % (len(errors) - 200), file=sys.stderr)
    print('%d error(s)' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
