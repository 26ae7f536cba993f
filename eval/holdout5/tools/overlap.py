# Overlap check: no run of 7 consecutive words shared with corpus / seed / other eval students.
import re, sys, glob, os
N = 7
def toks(t):
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)?", t.lower())
def grams(ts):
    return {tuple(ts[i:i+N]) for i in range(len(ts)-N+1)}
refs = []
for pat in ['/work/shared/corpus/**/*', '/work/shared/seed/**/*', '/work/main/eval/*/students/*.md']:
    for f in glob.glob(pat, recursive=True):
        if os.path.isfile(f) and not f.endswith(('.tsv', '.mjs', '.py')):
            refs.append(f)
ref = {}
for f in refs:
    for g in grams(toks(open(f, encoding='utf-8', errors='replace').read())):
        ref.setdefault(g, f)
bad = 0
for f in sorted(sys.argv[1:]):
    ts = toks(open(f, encoding='utf-8').read())
    hits = sorted({' '.join(g) + '  <- ' + os.path.relpath(ref[g], '/work') for g in grams(ts) if g in ref})
    for h in hits:
        print(os.path.basename(f), '|', h)
    bad += len(hits)
print('files checked:', len(sys.argv[1:]), 'reference files:', len(refs), 'shared 7-grams:', bad)
