#!/usr/bin/env python3
# Flags any run of 7 consecutive words shared between holdout4 documents and the reference texts.
# Reference files are read only to build the n-gram set; nothing from them is printed except the shared run.
import re, glob, sys
N = 7
def words(t):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", t.lower())
refs = glob.glob('/work/shared/corpus/**/*', recursive=True) + glob.glob('/work/shared/seed/*') \
     + glob.glob('/work/main/eval/*/students/*.md')
grams = set()
import os
for f in refs:
    if not os.path.isfile(f) or not re.search(r'\.(md|txt|tsv)$', f) and '/seed/' not in f:
        continue
    w = words(open(f, encoding='utf-8', errors='replace').read())
    grams.update(tuple(w[i:i+N]) for i in range(len(w)-N+1))
mine = sorted(glob.glob('/work/holdout4/students/*.md'))
# also check holdout4 docs against each other
bad = 0
for f in mine:
    w = words(open(f, encoding='utf-8').read())
    for i in range(len(w)-N+1):
        g = tuple(w[i:i+N])
        if g in grams:
            print(f.split('/')[-1], ' '.join(g)); bad += 1
print('shared 7-grams:', bad)
