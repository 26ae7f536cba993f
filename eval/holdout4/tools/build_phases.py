import re, sys
sys.path.insert(0, '/work/holdout4/tools')
from phases_spec import SPEC, DETECTION
D = '/work/holdout4/students/'
PH = {'detection','investigation','misleading','escalation','mitigation','resolution','other'}
TIME = r'(\d{1,2}(?::\d\d|h\d\d)(?:\s?(?:AM|PM|am|pm))?(?:\s(?:UTC|WAT|PST|EAT|IST|GMT))?)'
def entry_text(lines, i, f):
    """Return (time, text) for the entry starting at 0-based index i."""
    l = lines[i].rstrip('\n')
    if f == 'm05':   # time on its own line, description on the next
        return l.strip(), lines[i+1].strip()
    if f == 'm04':   # table row
        cells = [c.strip() for c in l.strip().strip('|').split('|')]
        return cells[0], ' | '.join(cells[1:])
    if f == 'm09':
        return '', re.sub(r'^\d+\.\s+', '', l)
    body = re.sub(r'^\s*(?:[-*]|\d+\.)\s+', '', l)
    body = body.replace('**', '')
    m = re.match(r'`?' + TIME + r'`?\s*(?:[-:—–]\s*)?(.*)$', body) if f != 'm01' else re.match(TIME + r'\s+(.*)$', body)
    assert m, (f, i+1, l)
    t, text = m.group(1), m.group(2)
    # continuation: indented sub-bullets (m07) are joined without their markers
    j = i + 1
    while j < len(lines) and re.match(r'^\s{2,}[-*]\s+', lines[j]):
        text += ' ' + re.sub(r'^\s+[-*]\s+', '', lines[j].rstrip('\n'))
        j += 1
    return t, text
rows = []
for f, spec in SPEC.items():
    lines = open(D + f + '.md', encoding='utf-8').readlines()
    nres = sum(1 for _, p in spec if p == 'resolution')
    assert nres == 1, f
    for ln, ph in spec:
        assert ph in PH
        t, text = entry_text(lines, ln - 1, f)
        text = re.sub(r'<[^>]+>', '', text).replace('**', '').replace('__', '')
        text = re.sub(r'\s+', ' ', text).strip()
        rows.append((f"students/{f}.md", ln, t, ph, text[:60].rstrip()))
with open('/work/holdout4/timeline-phases.tsv', 'w', encoding='utf-8') as o:
    o.write('file\tline\ttime\tphase\ttext_start\n')
    for r in rows:
        o.write('\t'.join(str(x) for x in r) + '\n')
with open('/work/holdout4/timeline-detection.tsv', 'w', encoding='utf-8') as o:
    o.write('file\tmethod\tline\n')
    for f, (m, ln) in DETECTION.items():
        assert (ln, 'detection') in SPEC[f], f
        o.write(f'students/{f}.md\t{m}\t{ln}\n')
from collections import Counter
c = Counter(r[3] for r in rows)
print(len(rows), dict(c))
