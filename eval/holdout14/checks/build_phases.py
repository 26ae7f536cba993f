#!/usr/bin/env python3
"""Builds ../timeline-phases.tsv and ../timeline-detection.tsv for h14.
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
    if name == 'x01':
        s, e = section(lines, r'^## Timeline', r'^## ')
        for i in range(s, e):
            m = re.match(r'^- ((?:Sunday )?\d{1,2}:\d\d [AP]M) - (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'x02':
        s, e = section(lines, r'^# Timeline', r'^# ')
        for i in range(s, e):
            m = re.match(r'^\| ((?:Next day )?\d\d:\d\d) \| (.*?) \|$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'x03':
        s, e = section(lines, r'^### .*TIMELINE', r'^### ')
        for i in range(s, e):
            m = re.match(r'^\S+ (\d\d:\d\d(?: ET)?|next day) — (.*)$', lines[i])
            if m:
                t = m.group(1)
                E.append((i + 1, '' if t == 'next day' else t, m.group(2)))
    elif name == 'x04':
        s, e = section(lines, r'^\*\*TIMELINE\*\*$', r'^\*\*ROOT')
        for i in range(s, e):
            m = re.match(r'^- ((?:Next day )?\d{4}hrs): (.*)$', lines[i])
            if m:
                txt = m.group(2); j = i + 1
                while j < e and lines[j].startswith('  - '):
                    txt += ' ' + lines[j][4:]; j += 1
                E.append((i + 1, m.group(1), txt))
    elif name == 'x05':
        s, e = section(lines, r'^## II\. Timeline', r'^## ')
        for i in range(s, e):
            if re.match(r'^(?:Sunday, )?\d{1,2}:\d\d [AP]M$', lines[i]):
                E.append((i + 1, lines[i], lines[i + 1]))
    elif name == 'x07':
        s, e = section(lines, r'^Timeline$', r'^Cause / fix$')
        pat = re.compile(r'(?:(?<=^)|(?<=\. ))((?:(?:Sun|Mon) \d{1,2} (?:Mar|Apr) )?\d\dh\d\d) ')
        for i in range(s, e):
            l = lines[i]
            if l.startswith('Tue: '):
                E.append((i + 1, '', l[5:])); continue
            ms = list(pat.finditer(l))
            for k, m in enumerate(ms):
                end = ms[k + 1].start() if k + 1 < len(ms) else len(l)
                E.append((i + 1, m.group(1), l[m.end():end]))
    elif name == 'x08':
        s, e = section(lines, r'^Timeline:$', r'^Root cause and resolution:$')
        for i in range(s, e):
            l = lines[i]
            m = re.match(r'^(?:At|The day before, at) (\d\d:\d\dh(?: CET)?), ', l)
            if m: E.append((i + 1, m.group(1), l))
            elif l.startswith('A bit later,') or l.startswith('In the afternoon,'):
                E.append((i + 1, '', l))
    elif name == 'x09':
        s, e = section(lines, r'^<h2 id=timeline>', r'^<h2 ')
        for i in range(s, e):
            m = re.match(r'^### (\d\d:\d\d GMT)$', lines[i])
            if m:
                j = i + 1
                while not lines[j].strip(): j += 1
                E.append((i + 1, m.group(1), lines[j]))
    elif name == 'x10':
        s, e = section(lines, r'^Timeline$', r'^Root Cause')
        for i in range(s, e):
            m = re.match(r'^- \*\*((?:Mon |Wed )?\d\d\.\d\d)\*\* — (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
            elif lines[i].startswith('- A few minutes later — '):
                E.append((i + 1, '', lines[i][len('- A few minutes later — '):]))
    elif name == 'x11':
        s, e = section(lines, r'^> ### Timeline', r'^> ### ')
        for i in range(s, e):
            m = re.match(r'^\d+\. \*\*(\d\d:\d\d GMT\+3)\*\* — (.*)$', lines[i])
            if m:
                txt = m.group(2); j = i + 1
                while j < e and re.match(r'^ {3,4}- ', lines[j]):
                    txt += ' ' + lines[j].strip()[2:]; j += 1
                E.append((i + 1, m.group(1), txt))
    elif name == 'x12':
        s, e = section(lines, r'^\*\*Timeline\*\*', r'^\*\*Root')
        for i in range(s, e):
            m = re.match(r'^- (.*) \((\d\d:\d\d UTC)\)$', lines[i])
            if m: E.append((i + 1, m.group(2), m.group(1)))
    return E

# Hand labels: one phase per entry, in file order.
PHASES = {
'x01': 'other detection misleading investigation misleading escalation investigation escalation mitigation investigation mitigation resolution other',
'x02': 'other detection investigation misleading misleading escalation investigation mitigation other escalation resolution other',
'x03': 'other detection investigation misleading misleading escalation investigation mitigation mitigation resolution other other',
'x04': 'other detection investigation misleading misleading escalation investigation mitigation mitigation escalation resolution other',
'x05': 'other detection misleading investigation misleading escalation mitigation investigation escalation mitigation resolution other',
'x07': 'other detection investigation misleading misleading investigation escalation investigation mitigation mitigation resolution other',
'x08': 'other other detection investigation misleading misleading escalation investigation mitigation mitigation mitigation resolution other',
'x09': 'other detection investigation misleading mitigation escalation investigation mitigation other mitigation resolution other',
'x10': 'other other detection investigation misleading mitigation escalation investigation mitigation mitigation resolution other',
'x11': 'other detection investigation misleading misleading escalation investigation mitigation escalation mitigation resolution other',
'x12': 'other other detection investigation misleading misleading escalation investigation investigation mitigation resolution other',
}
# Detection method and the line of the entry that says how it was detected.
DETECT = {
'x01': ('customer', 12), 'x02': ('monitoring', 14), 'x03': ('customer', 15), 'x04': ('customer', 12),
'x05': ('customer', 14), 'x07': ('customer', 9), 'x08': ('engineer', 15), 'x09': ('monitoring', 15),
'x10': ('engineer', 16), 'x11': ('monitoring', 12), 'x12': ('engineer', 11),
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
