#!/usr/bin/env python3
# Consistency checks for holdout11 (reads only holdout11 files).
import csv, re, collections, sys
B='/work/holdout11/'
def tsv(p): return list(csv.DictReader(open(B+p,encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
L=tsv('labels.tsv'); P=tsv('timeline-phases.tsv'); D=tsv('timeline-detection.tsv')
hdr=open('/work/shared/corpus/labels.tsv').readline()
assert open(B+'labels.tsv').readline()==hdr, 'header differs'
err=0
def bad(m):
    global err; err+=1; print('FAIL',m)
src={r['file']:open(B+r['file'],encoding='utf-8').read().split('\n') for r in L}
ORDER='detection,how_detected,actions,misleading,escalation,resolution'.split(',')
byf=collections.defaultdict(list)
for p in P: byf[p['file']].append(p)
for r in L:
    f=r['file']; lines=[x.strip() for x in src[f]]
    for c in ('summary_heading','timeline_heading','rootcause_heading','corrective_heading'):
        for h in r[c].split(' + '):
            if h!='-' and h not in lines: bad('%s %s heading %r not a trimmed line'%(f,c,h))
    n=int(r['timeline_entries']); rows=byf.get(f,[])
    if n!=len(rows): bad('%s entries %d vs phase rows %d'%(f,n,len(rows)))
    phases={p['phase'] for p in rows}
    cov=[] if r['timeline_covers']=='-' else r['timeline_covers'].split(',')
    if cov!=[c for c in ORDER if c in cov]: bad('%s covers not canonical order'%f)
    exp=[]
    if 'detection' in phases: exp.append('detection')
    d=[x for x in D if x['file']==f]
    if d and d[0]['method']!='unknown': exp.append('how_detected')
    if phases & {'investigation','mitigation','misleading'}: exp.append('actions')
    if 'misleading' in phases: exp.append('misleading')
    if 'escalation' in phases: exp.append('escalation')
    if 'resolution' in phases: exp.append('resolution')
    if cov!=exp: bad('%s covers %s vs phases imply %s'%(f,cov,exp))
    if r['is_postmortem']=='no':
        if any(r[k]!='no' for k in r if k.startswith('has_') or k.startswith('summary_has_')): bad('%s non-pm has yes'%f)
    # detection row
    if rows:
        if not d: bad('%s no detection row'%f)
        else:
            dl=[p for p in rows if p['phase']=='detection']
            if len(dl)!=1 or d[0]['line']!=dl[0]['line']: bad('%s detection line mismatch'%f)
        if sum(p['phase']=='resolution' for p in rows)!=1: bad('%s resolution count'%f)
for p in P:
    f=p['file']; ln=int(p['line']); line=src[f][ln-1]
    if p['time'] and p['time'] not in line: bad('%s:%d time %r not on line'%(f,ln,p['time']))
    if not p['time']:
        if not re.match(r'\s*([-*]|\d+\.)\s',line): bad('%s:%d untimed row not a list item'%(f,ln))
    # text_start should appear in the entry (line or next nonblank line), modulo ** and tags
    ts=p['text_start'][:25]
    near=' '.join(src[f][ln-1:ln+3]).replace('**','')
    near=re.sub(r'<[^>]+>','',near)
    if ts not in re.sub(r'\s+',' ',near): bad('%s:%d text_start %r not near'%(f,ln,ts))
    # entry's time should be the first time-like token of the line unless multiple entries share the line
allowed={'detection','investigation','misleading','escalation','mitigation','resolution','other'}
for p in P:
    if p['phase'] not in allowed: bad('phase %r'%p['phase'])
# words
import subprocess
out=subprocess.run(['python3','/work/shared/corpus/wordcount-reference.py']+[B+r['file'] for r in L],capture_output=True,text=True).stdout.split('\n')
wc={l.split()[0]:l.split()[1] for l in out if l.strip()}
for r in L:
    w=wc[r['file'].split('/')[1]]
    if w!=r['words']: bad('%s words'%r['file'])
    if r['in_range']!=('yes' if 400<=int(w)<=600 else 'no'): bad('%s in_range'%r['file'])
    if len(r)!=26: bad('cols')
c=collections.Counter(p['phase'] for p in P)
print('rows',len(P),dict(c)); print('detection',collections.Counter(x['method'] for x in D))
print('errors',err)
