#!/usr/bin/env python3
"""Builds ../timeline-phases.tsv and ../timeline-detection.tsv for holdout 16 (z01-z12).
The parsers below only LOCATE entries (line, time, text_start). The phase of every entry
and the detection method are hand labels written in PHASES / DETECT, decided by reading
each document (no linter or scorer involved). The detection line is the line of the
(single) detection row; the script asserts there is exactly one."""
import re, os
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

def clean(t):
    t = re.sub(r'<[^>]+>', '', t)
    t = t.replace('**', '').replace('__', '')
    t = re.sub(r'\s+', ' ', t).strip()
    return t[:60]

def section(lines, start_pat, end_pat):
    s = next(i for i, l in enumerate(lines) if re.search(start_pat, l))
    e = next((i for i in range(s + 1, len(lines)) if re.search(end_pat, lines[i])), len(lines))
    return s + 1, e   # 0-based [s, e)

def simple(lines, start, end, pat, untimed=None):
    """One entry per matching line; group 1 = time, group 2 = text."""
    E = []
    s, e = section(lines, start, end)
    for i in range(s, e):
        m = re.match(pat, lines[i])
        if m:
            t = m.group(1)
            if untimed and t == untimed:
                t = ''
            E.append((i + 1, t, m.group(2)))
    return E

def alone(lines, start, end, pat):
    """Time alone on a line (or a time heading); text = following non-blank lines."""
    E = []
    s, e = section(lines, start, end)
    for i in range(s, e):
        m = re.match(pat, lines[i])
        if m:
            txt = [m.group(2)] if m.lastindex and m.lastindex >= 2 and m.group(2) else []
            j = i + 1
            while j < e and lines[j].strip():
                txt.append(lines[j]); j += 1
            E.append((i + 1, m.group(1), ' '.join(txt)))
    return E

def parse(name, lines):
    if name == 'z01':
        return simple(lines, r'^## Timeline$', r'^## ', r'^- ((?:14 Feb, )?\d{1,2}:\d\d [AP]M WAT) - (.*)$')
    if name == 'z02':
        return simple(lines, r'^\*\*Timeline\*\*', r'^\*\*Root', r'^\*\*(\d\d:\d\d)\*\* (.*)$')
    if name == 'z03':
        return simple(lines, r'^Timeline$', r'^Root cause', r'^- ((?:(?:Fri|Sat|Mon) )?\d\dh\d\d) : (.*)$')
    if name == 'z04':
        return simple(lines, r'^## 2\. Timeline', r'^## ', r'^\| ((?:2024-09-0\d )?\d\d:\d\d UTC) \| (.*?) \|$')
    if name == 'z05':
        return alone(lines, r'^## Timeline', r'^## ', r'^### (\d{1,2}:\d\d [AP]M)$')
    if name == 'z06':
        E = []
        s, e = section(lines, r'^⏰ Timeline', r'^🔎')
        for i in range(s, e):
            m = re.match(r'^\d+\. (.*?\d{4}hrs(?: EAT)?) – (.*)$', lines[i])
            if m:
                txt = m.group(2); j = i + 1
                while j < e and lines[j].startswith('   - '):
                    txt += ' ' + lines[j][5:]; j += 1
                E.append((i + 1, m.group(1), txt))
        return E
    if name == 'z08':
        return simple(lines, r'^Timeline:$', r'^Root cause', r'^(\d\d\.\d\d) (.*)$')
    if name == 'z09':
        E = []
        s, e = section(lines, r'^\*\*Timeline\*\*$', r'^\*\*Root')
        for i in range(s, e):
            l = lines[i]
            m = re.match(r'^(?:On (May 28 at 4:00 p\.m\.)|At (\d{1,2}:\d\d [ap]\.m\.(?: COT)?)), ', l)
            if m:
                E.append((i + 1, m.group(1) or m.group(2), l))
            elif l.startswith('Shortly after,'):
                E.append((i + 1, '', l))
        return E
    if name == 'z10':
        return alone(lines, r'^TIMELINE$', r'^ROOT CAUSE', r'^((?:\d\d Dec )?\d\d\.\d\d WIB)(?: (\(.*\)))?$')
    if name == 'z11':
        return simple(lines, r'^<h3>Timeline', r'^<h3', r'^\* \*\*(.+?)\*\* – (.*)$', untimed='The next morning')
    if name == 'z12':
        E = []
        s, e = section(lines, r'^> ## Timeline', r'^> ## ')
        pat = re.compile(r'(?:(?<=^Around )|(?<=^)|(?<=\. ))(\d\d:\d\d(?: GMT)?) ')
        for i in range(s, e):
            l = lines[i]
            ms = list(pat.finditer(l))
            for k, m in enumerate(ms):
                end = ms[k + 1].start() if k + 1 < len(ms) else len(l)
                # an entry whose time sits inside its first sentence ("Around 00:00 GMT the ...")
                # starts at the sentence start
                start = 0 if (m.start() > 0 and l[:m.start()] == 'Around ') else m.end()
                E.append((i + 1, m.group(1), l[start:end]))
        return E
    raise KeyError(name)

# Hand labels: one phase per entry, in file order.
PHASES = {
'z01': 'other other detection investigation misleading misleading escalation investigation investigation mitigation mitigation resolution other',
'z02': 'other other detection other investigation misleading escalation investigation mitigation other mitigation resolution',
'z03': 'other other detection investigation misleading misleading investigation escalation mitigation mitigation resolution other',
'z04': 'other other detection investigation misleading misleading escalation investigation investigation mitigation mitigation mitigation resolution other',
'z05': 'other other detection investigation misleading misleading escalation mitigation mitigation investigation investigation resolution other',
'z06': 'other detection investigation misleading misleading escalation investigation mitigation investigation mitigation resolution other other',
'z08': 'other other detection investigation misleading misleading investigation escalation escalation mitigation mitigation mitigation resolution',
'z09': 'other other detection escalation investigation misleading misleading escalation mitigation escalation mitigation resolution other',
'z10': 'other other detection investigation misleading escalation investigation misleading mitigation mitigation resolution other other',
'z11': 'other detection investigation misleading misleading escalation investigation mitigation other resolution other',
'z12': 'other detection investigation misleading investigation escalation mitigation escalation mitigation mitigation resolution other',
}
# Detection method (hand label); the line is that of the detection row.
DETECT = {
'z01': 'customer', 'z02': 'monitoring', 'z03': 'customer', 'z04': 'monitoring', 'z05': 'engineer',
'z06': 'customer', 'z08': 'customer', 'z09': 'customer', 'z10': 'monitoring', 'z11': 'monitoring',
'z12': 'engineer',
}

def main():
    rows = ['file\tline\ttime\tphase\ttext_start']
    det = ['file\tmethod\tline']
    for n in sorted(PHASES):
        lines = open(os.path.join(ROOT, 'students', n + '.md'), encoding='utf-8').read().split('\n')
        E = parse(n, lines)
        P = PHASES[n].split()
        assert len(E) == len(P), (n, len(E), len(P), [e[1] for e in E])
        for (ln, t, txt), p in zip(E, P):
            assert '\t' not in txt
            rows.append('\t'.join(['students/%s.md' % n, str(ln), t, p, clean(txt)]))
        dl = [ln for (ln, _, _), p in zip(E, P) if p == 'detection']
        assert len(dl) == 1, (n, dl)
        det.append('\t'.join(['students/%s.md' % n, DETECT[n], str(dl[0])]))
    open(os.path.join(ROOT, 'timeline-phases.tsv'), 'w').write('\n'.join(rows) + '\n')
    open(os.path.join(ROOT, 'timeline-detection.tsv'), 'w').write('\n'.join(det) + '\n')
    print(len(rows) - 1, 'phase rows;', len(det) - 1, 'timelines')

if __name__ == '__main__':
    main()
