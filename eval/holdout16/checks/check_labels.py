#!/usr/bin/env python3
"""Consistency checks for holdout 16 labels (no linter involved):
1 every recorded heading (split on ' + ') is a trimmed source line of its file
2 every phase row's line holds that entry's time (time-alone lines and time headings included)
3 timeline_entries equals the number of phase rows per file
4 timeline_covers agrees with the phases present (and detection method for how_detected)
5 exactly one resolution and at least one detection row per timeline; words match the reference
6 column consistency for non-postmortems / no timeline
7 header = the corpus header (26 columns); (file, line, time) keys unique; file hygiene"""
import csv, os, sys, importlib.util, collections
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
spec = importlib.util.spec_from_file_location('wc', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'wordcount-reference.py'))
wc = importlib.util.module_from_spec(spec); spec.loader.exec_module(wc)
rd = lambda p: list(csv.DictReader(open(os.path.join(ROOT, p), encoding='utf-8'), delimiter='\t', quoting=csv.QUOTE_NONE))
labels, phases, dets = rd('labels.tsv'), rd('timeline-phases.tsv'), rd('timeline-detection.tsv')
err = []
P = collections.defaultdict(list)
for r in phases: P[r['file']].append(r)
D = {r['file']: r for r in dets}
ORDER = 'detection how_detected actions misleading escalation resolution'.split()
for L in labels:
    f = L['file']; text = open(os.path.join(ROOT, f), encoding='utf-8').read(); lines = text.split('\n')
    trimmed = {l.strip() for l in lines}
    for col in ('summary_heading', 'timeline_heading', 'rootcause_heading', 'corrective_heading'):
        for h in L[col].split(' + '):
            if h != '-' and h not in trimmed: err.append(f'{f}: {col} not a source line: {h!r}')
    if str(wc.count(text)) != L['words']: err.append(f'{f}: words {L["words"]} != {wc.count(text)}')
    if L['in_range'] != ('yes' if 400 <= int(L['words']) <= 600 else 'no'): err.append(f'{f}: in_range')
    rows = P.get(f, [])
    if int(L['timeline_entries']) != len(rows): err.append(f'{f}: entries {L["timeline_entries"]} vs {len(rows)} phase rows')
    for r in rows:
        ln = int(r['line'])
        if r['time'] and r['time'] not in lines[ln - 1]: err.append(f'{f}:{ln}: time {r["time"]!r} not on line')
        if not r['time'] and not lines[ln - 1].strip(): err.append(f'{f}:{ln}: untimed entry on blank line')
    ph = {r['phase'] for r in rows}
    if rows:
        c = collections.Counter(r['phase'] for r in rows)
        if c['resolution'] != 1: err.append(f'{f}: {c["resolution"]} resolution rows')
        if c['detection'] < 1: err.append(f'{f}: no detection row')
        d = D.get(f)
        if not d: err.append(f'{f}: no detection-method row')
        elif d['line'] and not any(r['line'] == d['line'] and r['phase'] == 'detection' for r in rows):
            err.append(f'{f}: detection line {d["line"]} is not a detection row')
        want = []
        if 'detection' in ph: want.append('detection')
        if d and d['method'] != 'unknown': want.append('how_detected')
        if ph & {'investigation', 'mitigation'}: want.append('actions')
        for p in ('misleading', 'escalation', 'resolution'):
            if p in ph: want.append(p)
        if L['timeline_covers'] != ','.join(want): err.append(f'{f}: covers {L["timeline_covers"]} vs phases -> {",".join(want)}')
    else:
        if L['timeline_covers'] != '-' or L['timeline_entries'] != '0': err.append(f'{f}: no rows but covers/entries set')
    if L['is_postmortem'] == 'no':
        for k, v in L.items():
            if (k.startswith('has_') or k.startswith('summary_has_')) and v != 'no': err.append(f'{f}: non-postmortem {k}={v}')
    # line order within file must be non-decreasing
    lns = [int(r['line']) for r in rows]
    if lns != sorted(lns): err.append(f'{f}: phase rows out of file order')
# header identical to the corpus's; 26 columns
corpus_hdr = open('/work/shared/corpus/labels.tsv', encoding='utf-8').readline().rstrip('\n').split('\t')
if list(labels[0].keys()) != corpus_hdr or len(corpus_hdr) != 26: err.append('labels.tsv header differs from the corpus header')
# (file, line, time) must identify a phase row
keys = [(r['file'], r['line'], r['time']) for r in phases]
if len(keys) != len(set(keys)): err.append('duplicate (file, line, time) keys in timeline-phases.tsv')
# file hygiene: UTF-8, LF, final newline, no BOM / TAB / front matter / fenced code / merge markers
import re, glob
for p in sorted(glob.glob(os.path.join(ROOT, 'students', '*.md'))):
    b = open(p, 'rb').read(); n = os.path.basename(p)
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: err.append(f'{n}: not UTF-8'); continue
    if b.startswith(b'\xef\xbb\xbf'): err.append(f'{n}: BOM')
    if b'\r' in b: err.append(f'{n}: CR')
    if b'\t' in b: err.append(f'{n}: TAB')
    if not t.endswith('\n') or t.endswith('\n\n'): err.append(f'{n}: final newline')
    if t.startswith('---'): err.append(f'{n}: front matter')
    if re.search(r'^[ ]*(```|~~~)', t, re.M): err.append(f'{n}: fenced code')
    if re.search(r'^(<<<<<<<|=======$|>>>>>>>)', t, re.M): err.append(f'{n}: merge marker')
extra = set(P) - {L['file'] for L in labels}
if extra: err.append(f'phase rows for unlabelled files: {extra}')
print('\n'.join(err) if err else 'all checks passed')
c = collections.Counter(r['phase'] for r in phases)
print('phase counts:', dict(sorted(c.items())), 'total', len(phases))
print('detection methods:', dict(collections.Counter(r['method'] for r in dets)))
sys.exit(1 if err else 0)
