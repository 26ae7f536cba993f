#!/usr/bin/env python3
"""Overlap check: no run of 7 consecutive lowercase tokens [a-z0-9']+ shared between
any holdout16 (h16) file and the reference texts (corpus students, seed, /work/main/eval/*/students),
or between two holdout16 (h16) files. Reads the reference files but prints only counts and the
offending run as it appears in OUR file."""
import glob, re, sys, os
N = 7
HERE = os.path.dirname(os.path.abspath(__file__))
ours = sorted(glob.glob(os.path.join(HERE, '..', 'students', '*.md')))
refs = sorted(glob.glob('/work/shared/corpus/students/*.md') + glob.glob('/work/shared/seed/*')
              + glob.glob('/work/main/eval/*/students/*.md'))
def toks(path):
    return re.findall(r"[a-z0-9']+", open(path, encoding='utf-8', errors='replace').read().lower())
def grams(t):
    return {tuple(t[i:i+N]) for i in range(len(t)-N+1)}
ref = set()
for r in refs:
    if os.path.isfile(r):
        ref |= grams(toks(r))
print(f"reference files read: {len(refs)}")
total = 0
og = {p: grams(toks(p)) for p in ours}
for p in ours:
    g = og[p]
    bad = sorted(g & ref)
    for q in ours:
        if q != p:
            bad += sorted((g & og[q]) - set(bad))
    total += len(bad)
    print(f"{os.path.basename(p)}: {len(bad)} shared 7-token runs")
    for b in bad:
        print("   ", ' '.join(b))
print("TOTAL", total)
sys.exit(1 if total else 0)
