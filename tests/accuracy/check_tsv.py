#!/usr/bin/env python3
"""Validate the hand-made gold tables against the texts they describe.

Usage: python3 tests/accuracy/check_tsv.py [--shared ../shared]

Checks, for tests/accuracy/citations-gold.tsv, tests/accuracy/not-citations.tsv and every
tests/fixtures/citations/<lang>/*.{expected,not-citations,residue}.tsv:
- the header and the closed vocabularies (kind, body, revised);
- that `quote` occurs on line `line` of the text (at least `occurrence` times, overlapping
  matches counted), so a tool can locate each expected citation;
- that revision_year is empty or four digits (residue goes in `residue`, never in revision_year).
It does not run the product. Exit status 1 on the first kind of error found, with a list.
"""
import os, sys, glob, argparse

GOLD_COLS = ['file', 'line', 'quote', 'kind', 'body', 'number', 'revision_place', 'revision_year',
             'revised', 'notes', 'residue', 'resolved_body', 'occurrence']
NOT_COLS = ['file', 'line', 'quote', 'why']
RES_COLS = ['file', 'line', 'quote', 'context', 'residue', 'keep_older', 'keep_newer']
KINDS = {'resolution', 'recommendation', 'decision', 'opinion', 'question', 'unga'}
BODIES = {'PP', 'WTDC', 'WTSA', 'RA', 'WRC', 'WCIT', 'Council', 'WTPF', 'UNGA', 'ITU-T', 'ITU-R', 'ITU-D',
          'this-conference', 'ambiguous'}
RESOLVED = (BODIES - {'this-conference'}) | {''}


def read_tsv(path):
    with open(path, encoding='utf-8') as fh:
        rows = [l.rstrip('\n').split('\t') for l in fh if l.strip()]
    return rows[0], rows[1:]


def lines_of(path, cache={}):
    if path not in cache:
        with open(path, encoding='utf-8') as fh:
            cache[path] = fh.read().split('\n')
    return cache[path]


def count(hay, needle):
    return sum(1 for i in range(len(hay)) if hay.startswith(needle, i))


def check(path, base, cols, errors):
    header, rows = read_tsv(path)
    if header != cols:
        errors.append(f'{path}: header {header} != {cols}')
        return 0
    for n, row in enumerate(rows, 2):
        if len(row) != len(cols):
            errors.append(f'{path}:{n}: {len(row)} columns')
            continue
        r = dict(zip(cols, row))
        text = os.path.join(base, r['file'])
        if not os.path.exists(text):
            errors.append(f'{path}:{n}: no file {text}')
            continue
        L = lines_of(text)
        ln = int(r['line'])
        if not 1 <= ln <= len(L):
            errors.append(f'{path}:{n}: line {ln} out of range')
            continue
        occ = int(r.get('occurrence') or 1)
        if count(L[ln - 1], r['quote']) < occ:
            errors.append(f'{path}:{n}: quote not found {occ}x on line {ln}: {r["quote"]!r}')
        if cols is GOLD_COLS:
            if r['kind'] not in KINDS: errors.append(f'{path}:{n}: kind {r["kind"]}')
            if r['body'] not in BODIES: errors.append(f'{path}:{n}: body {r["body"]}')
            if r['resolved_body'] not in RESOLVED: errors.append(f'{path}:{n}: resolved_body {r["resolved_body"]}')
            if r['revised'] not in ('yes', 'no', ''): errors.append(f'{path}:{n}: revised {r["revised"]}')
            y = r['revision_year']
            if y and not (len(y) == 4 and y.isdigit()): errors.append(f'{path}:{n}: revision_year {y}')
            if r['residue'] and r['residue'].count('|') != 1: errors.append(f'{path}:{n}: residue {r["residue"]}')
            if r['residue'] and (r['revision_place'] or r['revision_year']):
                errors.append(f'{path}:{n}: a residue row leaves revision_place/revision_year empty')
        if cols is RES_COLS:
            if r['context'] not in ('citation', 'identity', 'conference', 'history'):
                errors.append(f'{path}:{n}: context {r["context"]}')
            if r['residue'].count('|') != 1: errors.append(f'{path}:{n}: residue {r["residue"]}')
    return len(rows)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.environ.get('RESOLUTION_SHARED', os.path.join(os.path.dirname(repo), 'shared')))
    a = ap.parse_args()
    errors = []
    n = check(os.path.join(here, 'citations-gold.tsv'), a.shared, GOLD_COLS, errors)
    m = check(os.path.join(here, 'not-citations.tsv'), a.shared, NOT_COLS, errors)
    fx = 0
    for p in sorted(glob.glob(os.path.join(repo, 'tests/fixtures/citations/*/*.expected.tsv'))):
        fx += check(p, os.path.join(repo, 'tests/fixtures/citations'), GOLD_COLS, errors)
    nc = rs = 0
    for p in sorted(glob.glob(os.path.join(repo, 'tests/fixtures/citations/*/*.not-citations.tsv'))):
        nc += check(p, os.path.join(repo, 'tests/fixtures/citations'), NOT_COLS, errors)
    for p in sorted(glob.glob(os.path.join(repo, 'tests/fixtures/citations/*/*.residue.tsv'))):
        rs += check(p, os.path.join(repo, 'tests/fixtures/citations'), RES_COLS, errors)
    print(f'gold rows {n}, not-citation rows {m}; fixtures: expected rows {fx}, not-citation rows {nc}, residue rows {rs}')
    for e in errors: print('ERROR', e)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
