#!/usr/bin/env python3
"""Builds ../timeline-phases.tsv and ../timeline-detection.tsv from the hand-assigned phase
lists below. The parser only locates entries (line, time, text_start); the phases, detection
methods and detection lines are hand labels written in this file."""
import re, os
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

def clean(t):
    t = re.sub(r'<[^>]+>', '', t)
    t = t.replace('**', '').replace('__', '')
    t = re.sub(r'\s+', ' ', t).strip()
    return t[:60]

def section(lines, start_pat, end_pat):
    s = next(i for i, l in enumerate(lines) if re.search(start_pat, l))
    e = next(i for i in range(s + 1, len(lines)) if re.search(end_pat, lines[i]))
    return s + 1, e   # 0-based [s, e)

def parse(name, lines):
    E = []  # (line1, time, text)
    if name == 'v01':
        s, e = section(lines, r'^## Timeline', r'^## ')
        for i in range(s, e):
            m = re.match(r'^- (\d{1,2}:\d\d [AP]M) - (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'v02':
        s, e = section(lines, r'^\*\*Timeline', r'^\*\*Root')
        for i in range(s, e):
            m = re.match(r'^\*\*(.+?)\*\* - (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'v03':
        s, e = section(lines, r'^Timeline$', r'^Root cause')
        for i in range(s, e):
            if re.match(r'^\d\d:\d\d$', lines[i]):
                E.append((i + 1, lines[i], lines[i + 1]))
    elif name == 'v04':
        s, e = section(lines, r'^Timeline$', r'^Root Cause')
        for i in range(s, e):
            m = re.match(r'^\| (\d\d:\d\d|Next day) \| (.*?) \|$', lines[i])
            if m:
                t = m.group(1)
                E.append((i + 1, '' if t == 'Next day' else t, m.group(2)))
    elif name == 'v05':
        s, e = section(lines, r'^## Timeline', r'^## ')
        for i in range(s, e):
            m = re.match(r'^\d+\. \*\*(.+?)\*\* — (.*)$', lines[i])
            if m:
                txt = m.group(2); j = i + 1
                while j < e and lines[j].startswith('   '):
                    txt += ' ' + re.sub(r'^\s*[-*+]\s+', '', lines[j]); j += 1
                E.append((i + 1, m.group(1), txt))
    elif name == 'v06':
        s, e = section(lines, r'<h3>Timeline', r'<h3>')
        for i in range(s, e):
            m = re.match(r'^<li>(\d{1,2}:\d\d [AP]M) - (.*)</li>$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'v08':
        s, e = section(lines, r'^## timeline', r'^## ')
        for i in range(s, e):
            l = lines[i]
            if l.startswith('next morning:'):
                E.append((i + 1, '', l)); continue
            parts = re.split(r'(?:^| )(\d\d:\d\d) (?!so )', l)
            # parts: ['', t1, txt1, t2, txt2, ...]; the lookahead keeps '16:00 so' inside its sentence
            for k in range(1, len(parts), 2):
                E.append((i + 1, parts[k], parts[k + 1]))
    elif name == 'v09':
        s, e = section(lines, r'^## Timeline', r'^## ')
        for i in range(s, e):
            m = re.match(r'^### (\d\d:\d\d)$', lines[i])
            if m:
                txt = ''; j = i + 1
                while j < e and not lines[j].startswith('### '):
                    if lines[j].strip(): txt += ' ' + re.sub(r'^\s*[-*+]\s+', '', lines[j])
                    j += 1
                E.append((i + 1, m.group(1), txt))
    elif name == 'v10':
        s, e = section(lines, r'^> ### Timeline', r'^> ### ')
        for i in range(s, e):
            m = re.match(r'^- (\d\dh\d\d) : (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'v11':
        s, e = section(lines, r'^## ⏱️ Timeline', r'^## ')
        for i in range(s, e):
            m = re.match(r'^\* \*\*(\d{4}hrs):\*\* (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'v12':
        s, e = section(lines, r'^Timeline:$', r'^Root cause')
        for i in range(s, e):
            m = re.match(r'^- ((?:Mon 11 March, )?\d{1,2}:\d\d[ap]m UTC) - (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
            elif lines[i].startswith('- '): E.append((i + 1, '', lines[i][2:]))
    return E

# ---- hand labels: one phase per entry, in file order ----
PH = {
 'v01': 'other detection investigation misleading misleading escalation investigation mitigation mitigation resolution other',
 'v02': 'other detection investigation misleading other misleading escalation investigation mitigation mitigation resolution other',
 'v03': 'other detection investigation misleading misleading escalation investigation investigation mitigation mitigation resolution other',
 'v04': 'other detection investigation misleading investigation escalation escalation misleading investigation mitigation mitigation resolution other',
 'v05': 'other detection investigation misleading escalation misleading investigation investigation mitigation mitigation mitigation resolution other',
 'v06': 'other detection investigation misleading escalation escalation investigation investigation mitigation mitigation resolution other',
 'v08': 'other detection misleading misleading escalation investigation mitigation resolution other',
 'v09': 'other detection investigation misleading misleading escalation investigation mitigation mitigation escalation mitigation resolution other',
 'v10': 'other other detection investigation misleading misleading escalation investigation mitigation mitigation resolution',
 'v11': 'other detection investigation misleading misleading escalation mitigation investigation investigation escalation mitigation resolution other',
 'v12': 'other detection escalation misleading investigation investigation misleading escalation mitigation mitigation resolution other other',
}
# detection method and the detection entry's time (used to find its line)
DET = {
 'v01': ('monitoring', '10:14 AM'), 'v02': ('monitoring', '14:02'), 'v03': ('monitoring', '08:40'),
 'v04': ('customer', '07:12'), 'v05': ('customer', 'Mon 07:45 BST'), 'v06': ('customer', '10:05 AM'),
 'v08': ('customer', '16:20'), 'v09': ('monitoring', '11:40'), 'v10': ('engineer', '07h50'),
 'v11': ('monitoring', '1002hrs'), 'v12': ('customer', '3:10pm UTC'),
}

def main():
    rows, drows, summary = [], [], {}
    for name in sorted(PH):
        lines = open(os.path.join(ROOT, 'students', name + '.md'), encoding='utf-8').read().split('\n')
        E = parse(name, lines)
        P = PH[name].split()
        assert len(E) == len(P), (name, len(E), len(P), E)
        for (ln, t, txt), ph in zip(E, P):
            rows.append(f"students/{name}.md\t{ln}\t{t}\t{ph}\t{clean(txt)}")
        meth, dt = DET[name]
        dl = next(ln for (ln, t, _), ph in zip(E, P) if t == dt and ph == 'detection')
        drows.append(f"students/{name}.md\t{meth}\t{dl}")
        summary[name] = len(E)
    open(os.path.join(ROOT, 'timeline-phases.tsv'), 'w').write('file\tline\ttime\tphase\ttext_start\n' + '\n'.join(rows) + '\n')
    open(os.path.join(ROOT, 'timeline-detection.tsv'), 'w').write('file\tmethod\tline\n' + '\n'.join(drows) + '\n')
    print(summary, sum(summary.values()))

if __name__ == '__main__':
    main()
