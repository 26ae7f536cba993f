#!/usr/bin/env python3
# Overlap check: 7 consecutive lowercase tokens [a-z0-9']+ shared between holdout11 files and
# the corpus students, the seed, /work/main/eval/*/students/*.md, or each other.
# Prints only counts and the offending runs as they occur in OUR files; never prints other files' text.
import re, glob, os
N=7
def grams(path):
    t=open(path,encoding='utf-8',errors='replace').read().lower()
    toks=re.findall(r"[a-z0-9']+",t)
    return {' '.join(toks[i:i+N]) for i in range(len(toks)-N+1)}
ours=sorted(glob.glob('/work/holdout11/students/*.md'))
others=glob.glob('/work/shared/corpus/students/*.md')+glob.glob('/work/shared/seed/*')+glob.glob('/work/main/eval/*/students/*.md')
ext=set()
for p in others:
    if os.path.isfile(p): ext|=grams(p)
print('external files read:',len(others))
og={p:grams(p) for p in ours}
total=0
for p in ours:
    hits=sorted(og[p]&ext)
    mine=set()
    for q in ours:
        if q!=p: mine|=(og[p]&og[q])
    print(os.path.basename(p),'external',len(hits),'internal',len(mine))
    for h in hits: print('   EXT:',h)
    for h in sorted(mine): print('   INT:',h)
    total+=len(hits)+len(mine)
print('TOTAL',total)
