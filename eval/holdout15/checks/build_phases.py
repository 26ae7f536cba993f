#!/usr/bin/env python3
"""Builds ../timeline-phases.tsv and ../timeline-detection.tsv for holdout 15 (h15).
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
    if name == 'y01':
        s, e = section(lines, r'^## Timeline:$', r'^## ')
        for i in range(s, e):
            m = re.match(r'^- ((?:Next day, )?\d{1,2}:\d\d [AP]M WAT) - (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'y02':
        s, e = section(lines, r'^\*\*Timeline\*\*$', r'^\*\*Root')
        for i in range(s, e):
            m = re.match(r'^\*\*(\d\d:\d\d)\*\* (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'y03':
        s, e = section(lines, r'^Timeline \(ICT\)$', r'^Root cause')
        for i in range(s, e):
            m = re.match(r'^((?:Next day )?\d\d:\d\d) -$', lines[i])
            if m: E.append((i + 1, m.group(1), lines[i + 1]))
    elif name == 'y04':
        s, e = section(lines, r'^2\. Timeline$', r'^3\. ')
        for i in range(s, e):
            m = re.match(r'^\| (\d\d:\d\d EET) \| (.*?) \|$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'y05':
        s, e = section(lines, r'^TIMELINE$', r'^ROOT CAUSE')
        for i in range(s, e):
            m = re.match(r'^- (\d\dh\d\d(?: BRT)?|Next day): (.*)$', lines[i])
            if m:
                t = m.group(1)
                E.append((i + 1, '' if t == 'Next day' else t, m.group(2)))
    elif name == 'y06':
        s, e = section(lines, r'^### Timeline', r'^### ')
        for i in range(s, e):
            m = re.match(r'^#### (\d{1,2}:\d\d [AP]M)$', lines[i])
            if m:
                txt = []; j = i + 1
                while j < e and lines[j].startswith('- '):
                    txt.append(lines[j][2:]); j += 1
                E.append((i + 1, m.group(1), ' '.join(txt)))
    elif name == 'y07':
        s, e = section(lines, r'^\*\*Timeline:\*\*', r'^\*\*Root')
        for i in range(s, e):
            m = re.match(r'^\d+\. \*\*(\w+day \d\d:\d\d)\*\* – (.*)$', lines[i])
            if m:
                txt = m.group(2); j = i + 1
                while j < e and re.match(r'^ {3,4}- ', lines[j]):
                    txt += ' ' + lines[j].strip()[2:]; j += 1
                E.append((i + 1, m.group(1), txt))
    elif name == 'y08':
        s, e = section(lines, r'^<h3>Timeline</h3>$', r'^<h3>')
        for i in range(s, e):
            m = re.match(r'^- (\d{1,2}\.\d\d[ap]m): (.*)$', lines[i])
            if m: E.append((i + 1, m.group(1), m.group(2)))
    elif name == 'y09':
        s, e = section(lines, r'^> ### Timeline$', r'^> ### ')
        # run-on paragraph: an entry starts at a time at line start or after '. ',
        # optionally preceded by 'On <date> ' (the date is kept with the time)
        pat = re.compile(r'(?:(?<=^)|(?<=\. ))(?:On )?((?:\d{1,2} (?:Feb|Mar) )?\d\d:\d\d(?: IST)?) ')
        for i in range(s, e):
            l = lines[i]
            ms = list(pat.finditer(l))
            for k, m in enumerate(ms):
                end = ms[k + 1].start() if k + 1 < len(ms) else len(l)
                txt = l[m.start():end] if l[m.start():].startswith('On ') else l[m.end():end]
                E.append((i + 1, m.group(1), txt))
    elif name == 'y10':
        s, e = section(lines, r'^Timeline:$', r'^Root cause')
        for i in range(s, e):
            l = lines[i]
            m = re.search(r'\b(\d{1,2}:\d\d [ap]m)\b', l)
            if m and re.match(r'^(At|Around|On the)', l): E.append((i + 1, m.group(1), l))
            elif l.startswith('Later that day,'): E.append((i + 1, '', l))
    elif name == 'y11':
        s, e = section(lines, r'^## 🕒 Timeline$', r'^## ')
        for i in range(s, e):
            m = re.match(r'^• (\d\d:\d\dhrs(?: CAT)?|Following day) – (.*)$', lines[i])
            if m:
                t = m.group(1)
                E.append((i + 1, '' if t == 'Following day' else t, m.group(2)))
    return E

# Hand labels: one phase per entry, in file order.
PHASES = {
'y01': 'other detection investigation misleading misleading escalation investigation investigation other mitigation mitigation resolution other',
'y02': 'other detection investigation misleading misleading investigation investigation escalation mitigation resolution other',
'y03': 'other other detection investigation misleading misleading escalation investigation investigation mitigation mitigation resolution other other',
'y04': 'other other other detection escalation investigation misleading escalation investigation mitigation mitigation resolution other',
'y05': 'other other detection investigation misleading misleading investigation escalation mitigation mitigation resolution other other',
'y06': 'other detection investigation misleading misleading escalation investigation investigation mitigation resolution other other',
'y07': 'other other detection investigation misleading investigation mitigation escalation misleading investigation mitigation resolution other',
'y08': 'other detection investigation misleading escalation misleading escalation investigation investigation mitigation mitigation resolution other',
'y09': 'other detection investigation misleading misleading escalation investigation investigation mitigation resolution other',
'y10': 'other other detection investigation misleading misleading escalation investigation mitigation mitigation mitigation resolution other',
'y11': 'other detection investigation misleading misleading investigation escalation investigation mitigation escalation resolution other',
}
# Detection method and the line of the entry that says how it was detected.
DETECT = {
'y01': ('monitoring', 12), 'y02': ('engineer', 13), 'y03': ('monitoring', 18), 'y04': ('customer', 17),
'y05': ('customer', 11), 'y06': ('customer', 12), 'y07': ('customer', 14), 'y08': ('engineer', 12),
'y09': ('monitoring', 9), 'y10': ('customer', 13), 'y11': ('customer', 10),
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
