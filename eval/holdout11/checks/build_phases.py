#!/usr/bin/env python3
# Builds timeline-phases.tsv from phases_spec.py: line/time/phase are hand-given; text_start is
# derived mechanically (first 60 chars after time+separator, ** and HTML removed, continuation joined).
import re, sys
sys.path.insert(0,'/work/holdout11/checks')
from phases_spec import S
base='/work/holdout11/'
out=['file\tline\ttime\tphase\ttext_start']
files={}
def lines(f):
    if f not in files: files[f]=open(base+'students/%s.md'%f,encoding='utf-8').read().split('\n')
    return files[f]
# group by (file,line) to cut run-on entries at the next anchor
for i,(f,ln,t,ph,anc) in enumerate(S):
    L=lines(f)
    idx=ln-1
    src=L[idx]
    if t and t not in src: sys.exit('time %r not on %s:%d'%(t,f,ln))
    if anc in src:
        pos=src.index(anc); text=src[pos:]; j=idx+1
    else:
        j=idx+1
        while j<len(L) and L[j].strip()=='' : j+=1
        if anc not in L[j]: sys.exit('anchor %r not found after %s:%d'%(anc,f,ln))
        text=L[j][L[j].index(anc):]; j+=1
    # cut at next entry on same line
    if i+1<len(S) and S[i+1][0]==f and S[i+1][1]==ln:
        nxt=S[i+1][4]; text=text[:text.index(nxt)]
    else:
        # join continuation lines (not blank, not list item, not heading, not table row)
        while j<len(L) and L[j].strip() and not re.match(r'\s*([-*]|\d+\.|#|\||\*\*\d|<h)',L[j]) and not re.match(r'\d{3,4}hrs',L[j]):
            text+=' '+L[j].strip(); j+=1
    text=re.sub(r'<[^>]+>','',text).replace('**','').replace('__','')
    text=re.sub(r'\s*\|\s*$','',text)
    text=re.sub(r'\s+',' ',text).strip()
    out.append('\t'.join(['students/%s.md'%f,str(ln),t,ph,text[:60].rstrip()]))
open(base+'timeline-phases.tsv','w').write('\n'.join(out)+'\n')
print(len(out)-1,'rows')
