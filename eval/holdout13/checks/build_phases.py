#!/usr/bin/env python3
"""Builds ../timeline-phases.tsv and ../timeline-detection.tsv for holdout13.
The parsers below only LOCATE entries (line, time, text_start). The phase of every entry,
the detection method and the detection line are hand labels written in PHASES / DETECT,
decided by reading each document (no linter or scorer involved)."""
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

def parse(name, lines):
    E = []  # (line1, time, text)
    if name == 'w01':
        s, e = section(lines, r'^## Timeline', r'^## ')
        for i in range(s, e):
            m = re.match(r'^- ((?:Wed 5 June, )?\d{1,2}:\d\d [AP]M): (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'w02':
        s, e = section(lines, r'^\*\*Timeline:\*\*$', r'^\*\*Root')
        for i in range(s, e):
            m = re.match(r'^\*\*(.+?)\*\* - (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'w03':
        s, e = section(lines, r'^Timeline$', r'^Root cause')
        for i in range(s, e):
            if re.match(r'^\d\d:\d\d$', lines[i]):
                E.append((i + 1, lines[i], lines[i + 1]))
    elif name == 'w04':
        s, e = section(lines, r'^### 2\. Timeline', r'^### ')
        for i in range(s, e):
            m = re.match(r'^\| (.+? UTC) \| (.*?) \|$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'w05':
        s, e = section(lines, r'^## Timeline', r'^## ')
        for i in range(s, e):
            m = re.match(r'^### (\d\d:\d\d)$', lines[i])
            if m:
                txt = []; j = i + 1
                while j < e and lines[j].startswith('- '):
                    txt.append(lines[j][2:]); j += 1
                E.append((i + 1, m.group(1), ' '.join(txt)))
    elif name == 'w06':
        s, e = section(lines, r'^<h2>Timeline', r'^<h2>')
        for i in range(s, e):
            m = re.match(r'^\* (.+? [ap]m PST) — (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'w08':
        s, e = section(lines, r'^Timeline$', r'^Root cause')
        pat = re.compile(r'(?:(?<=^)|(?<=\. ))((?:\d{1,2} (?:Feb|Mar) )?\d\d:\d\d(?: GMT)?) ')
        for i in range(s, e):
            l = lines[i]
            ms = list(pat.finditer(l))
            for k, m in enumerate(ms):
                end = ms[k + 1].start() if k + 1 < len(ms) else len(l)
                E.append((i + 1, m.group(1), l[m.end():end]))
    elif name == 'w09':
        s, e = section(lines, r'^## .*Timeline', r'^## ')
        for i in range(s, e):
            m = re.match(r'^\d+\. (.*?\d{4}hrs) – (.*)$', lines[i])
            if m:
                txt = m.group(2); j = i + 1
                while j < e and lines[j].startswith('   - '):
                    txt += ' ' + lines[j][5:]; j += 1
                E.append((i + 1, m.group(1), txt))
    elif name == 'w10':
        s, e = section(lines, r'^> \*\*Timeline', r'^> \*\*')
        for i in range(s, e):
            m = re.match(r'^- ((?:Tue )?\d\dh\d\d) - (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'w11':
        s, e = section(lines, r'^\*\*Timeline\*\*', r'^\*\*Root')
        for i in range(s, e):
            m = re.match(r'^- \*\*(.+?)\*\* — (.*)$', lines[i])
            if m:
                t = m.group(1)
                E.append((i + 1, '' if t == 'Next morning' else t, m.group(2)))
    elif name == 'w12':
        s, e = section(lines, r'^Timeline:$', r'^Root cause')
        for i in range(s, e):
            l = lines[i]
            m = re.match(r'^At (\d{1,2}:\d\d [AP]M(?: CET)?), ', l)
            if m: E.append((i + 1, m.group(1), l))
            elif l.startswith('Shortly after,') or l.startswith('Next day,'):
                E.append((i + 1, '', l))
    return E

# Hand labels: one phase per entry, in file order.
PHASES = {
'w01': 'other detection investigation misleading misleading escalation investigation investigation mitigation escalation mitigation resolution other',
'w02': 'other other detection investigation misleading misleading investigation investigation escalation escalation mitigation resolution other',
'w03': 'other other detection investigation misleading misleading investigation escalation investigation mitigation mitigation resolution other',
'w04': 'other other detection investigation misleading escalation mitigation mitigation investigation escalation mitigation resolution other',
'w05': 'other other detection investigation misleading misleading investigation escalation investigation mitigation mitigation resolution other',
'w06': 'other detection investigation misleading misleading escalation investigation investigation mitigation mitigation resolution other',
'w08': 'other other detection escalation misleading misleading investigation mitigation mitigation mitigation resolution',
'w09': 'other detection investigation misleading misleading escalation investigation investigation escalation mitigation resolution other other',
'w10': 'other detection investigation escalation misleading investigation investigation escalation mitigation mitigation resolution other',
'w11': 'other detection investigation misleading misleading investigation escalation mitigation mitigation mitigation resolution other other',
'w12': 'other detection escalation investigation misleading misleading investigation escalation mitigation mitigation mitigation resolution other',
}
# Detection method and the line of the entry that says how it was detected.
DETECT = {
'w01': ('customer', 14), 'w02': ('customer', 13), 'w03': ('monitoring', 20), 'w04': ('monitoring', 15),
'w05': ('monitoring', 15), 'w06': ('customer', 12), 'w08': ('customer', 8), 'w09': ('engineer', 12),
'w10': ('customer', 10), 'w11': ('monitoring', 10), 'w12': ('engineer', 9),
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
            rows.append('\t'.join(['students/%s.md' % n, str(ln), t, p, clean(txt)]))
        m, dl = DETECT[n]
        assert any(ln == dl and p == 'detection' for (ln, _, _), p in zip(E, P)), n
        det.append('\t'.join(['students/%s.md' % n, m, str(dl)]))
    open(os.path.join(ROOT, 'timeline-phases.tsv'), 'w').write('\n'.join(rows) + '\n')
    open(os.path.join(ROOT, 'timeline-detection.tsv'), 'w').write('\n'.join(det) + '\n')
    print(len(rows) - 1, 'phase rows;', len(det) - 1, 'timelines')

if __name__ == '__main__':
    main()
