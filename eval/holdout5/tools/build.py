# Builds timeline-phases.tsv and timeline-detection.tsv from the hand labels below and checks them
# against the files (line numbers, times, one resolution per timeline).
import re, os, collections
ROOT = '/work/holdout5'
# (file, line, time as written, phase)
P = {
'n01': [(11,'08:50 WAT','other'),(12,'09:05 WAT','other'),(13,'09:11 WAT','detection'),(14,'09:14 WAT','investigation'),
        (15,'09:20 WAT','misleading'),(16,'09:37 WAT','misleading'),(17,'09:48 WAT','escalation'),(18,'09:52 WAT','investigation'),
        (19,'09:58 WAT','mitigation'),(20,'10:08 WAT','mitigation'),(21,'10:20 WAT','resolution'),(22,'15:00 WAT','other')],
'n02': [(11,'06:00','other'),(13,'06:14','detection'),(15,'06:22','misleading'),(17,'06:45','investigation'),
        (19,'06:52','investigation'),(21,'07:03','misleading'),(23,'07:10','escalation'),(25,'07:26','investigation'),
        (27,'07:31','mitigation'),(29,'07:55','mitigation'),(31,'08:41','resolution'),(33,'','other')],
'n03': [(12,'10:02 CET','other'),(15,'10:06 CET','detection'),(18,'10:11 CET','investigation'),(21,'10:18 CET','misleading'),
        (24,'10:29 CET','escalation'),(27,'10:36 CET','investigation'),(30,'10:41 CET','mitigation'),(33,'10:58 CET','misleading'),
        (36,'11:14 CET','mitigation'),(39,'11:19 CET','resolution'),(42,'14:00 CET','other')],
'n04': [(12,'14h05','detection'),(13,'14h12','escalation'),(14,'14h20','investigation'),(15,'14h31','misleading'),
        (16,'14h58','misleading'),(17,'15h10','investigation'),(18,'15h15','investigation'),(19,'15h22','mitigation'),
        (20,'16h05','mitigation'),(21,'16h40','resolution')],
'n05': [(7,'11:52 AM','detection'),(8,'11:58 AM','investigation'),(9,'12:05 PM','misleading'),(10,'12:20 PM','mitigation'),
        (11,'12:33 PM','investigation'),(12,'12:40 PM','investigation'),(13,'12:48 PM','escalation'),(14,'12:55 PM','investigation'),
        (15,'1:05 PM','mitigation'),(16,'1:25 PM','resolution'),(17,'3:00 PM','other')],
'n06': [(9,'8:47 PM IST','detection'),(11,'8:55 PM','investigation'),(13,'9:05 PM','misleading'),(15,'9:20 PM','investigation'),
        (17,'9:28 PM','escalation'),(19,'9:40 PM','mitigation'),(21,'10:05 PM','mitigation'),(23,'10:10 PM','escalation'),
        (25,'10:35 PM','mitigation'),(27,'11:02 PM','resolution'),(29,'','other')],
'n07': [(9,'10:02 AM','detection'),(10,'10:09 AM','investigation'),(11,'10:15 AM','misleading'),(12,'10:34 AM','investigation'),
        (13,'10:40 AM','escalation'),(14,'10:52 AM','escalation'),(15,'11:20 AM','investigation'),(16,'11:31 AM','mitigation'),
        (17,'11:58 AM','mitigation'),(18,'12:47 PM','resolution'),(19,'2:30 PM','other')],
'n08': [(11,'13:20 UTC','detection'),(13,'13:24 UTC','investigation'),(16,'13:31 UTC','misleading'),(19,'13:38 UTC','misleading'),
        (22,'13:47 UTC','investigation'),(24,'13:50 UTC','escalation'),(25,'13:55 UTC','investigation'),(28,'13:58 UTC','mitigation'),
        (30,'14:04 UTC','mitigation'),(31,'14:09 UTC','mitigation'),(32,'14:15 UTC','resolution'),(33,'','other')],
'n09': [(9,'Saturday 11:40 PM','other'),(10,'Saturday 11:52 PM','detection'),(11,'','misleading'),(12,'','investigation'),
        (13,'','misleading'),(14,'','investigation'),(15,'','investigation'),(16,'','escalation'),(17,'','mitigation'),
        (18,'','mitigation'),(19,'Sunday 1:15 AM','resolution')],
'n10': [(9,'14:32','other'),(10,'14:36','detection'),(11,'14:41','investigation'),(12,'14:47','misleading'),(13,'14:58','mitigation'),
        (14,'15:03','mitigation'),(15,'15:08','investigation'),(16,'15:12','escalation'),(17,'15:16','mitigation'),
        (18,'15:21','resolution'),(19,'15:40','other')],
'n11': [(9,'00:19','detection'),(10,'00:22','investigation'),(11,'00:27','investigation'),(12,'00:30','misleading'),
        (13,'00:38','misleading'),(14,'00:55','escalation'),(15,'01:06','investigation'),(16,'01:10','mitigation'),
        (17,'01:15','mitigation'),(18,'01:47','resolution'),(19,'00:03','other')],
}
# detection method and the line that says how it was detected
D = {'n01':('customer',13),'n02':('monitoring',13),'n03':('monitoring',15),'n04':('customer',12),'n05':('customer',7),
     'n06':('customer',9),'n07':('monitoring',9),'n08':('engineer',11),'n09':('engineer',10),'n10':('monitoring',10),
     'n11':('customer',9)}
# lines where the entry text is on the NEXT line (time on its own line)
TIME_OWN_LINE = {'n03'}
PHASES = ['detection','investigation','misleading','escalation','mitigation','resolution','other']

def entry_text(lines, f, ln, time, nextln):
    first = lines[ln-1]
    body = [first]
    # continuation / nested lines up to the next entry or blank line
    end = nextln if nextln else len(lines)+1
    for k in range(ln, min(end-1, len(lines))):
        l = lines[k]
        if not l.strip(): break
        body.append(l)
    if f in TIME_OWN_LINE:
        assert first.strip() == time, (f, ln, first)
        body = body[1:]
        txt = ' '.join(body)
    else:
        parts = []
        for i, l in enumerate(body):
            s = l.strip()
            s = re.sub(r'^(?:[-*+]\s+(?:\[ \]\s+)?|\d+\.\s+)', '', s)
            parts.append(s)
        txt = ' '.join(parts)
        txt = txt.replace('**', '').replace('__', '')
        if time:
            for pre in ('[' + time + ']', time):
                if txt.startswith(pre):
                    txt = txt[len(pre):]
                    txt = re.sub(r'^\s*(?::-|[:\-–—])?\s*', '', txt)
                    break
            else:
                assert time in txt, (f, ln, time, txt[:80])   # time stated mid-sentence: keep from start
    txt = re.sub(r'<[^>]+>', '', txt)
    txt = re.sub(r'\s+', ' ', txt).strip()
    return txt[:60].rstrip()

rows = []; counts = collections.Counter(); per = {}
for f in sorted(P):
    lines = open(f'{ROOT}/students/{f}.md', encoding='utf-8').read().split('\n')
    ents = P[f]
    assert [p for _,_,p in ents].count('resolution') == 1, f
    assert all(p in PHASES for _,_,p in ents)
    assert sorted(l for l,_,_ in ents) == [l for l,_,_ in ents], f
    for i,(ln,time,ph) in enumerate(ents):
        if time: assert time in lines[ln-1], (f, ln, time, lines[ln-1])
        assert lines[ln-1].strip(), (f, ln)
        nxt = ents[i+1][0] if i+1 < len(ents) else None
        t = entry_text(lines, f, ln, time, nxt)
        rows.append((f'students/{f}.md', str(ln), time, ph, t)); counts[ph] += 1
    per[f] = collections.Counter(p for _,_,p in ents)
    m, dl = D[f]; assert dl in [l for l,_,_ in ents]
with open(f'{ROOT}/timeline-phases.tsv', 'w', encoding='utf-8') as o:
    o.write('file\tline\ttime\tphase\ttext_start\n')
    for r in rows:
        assert not any('\t' in c for c in r), r
        o.write('\t'.join(r) + '\n')
with open(f'{ROOT}/timeline-detection.tsv', 'w', encoding='utf-8') as o:
    o.write('file\tmethod\tline\n')
    for f in sorted(D): o.write(f'students/{f}.md\t{D[f][0]}\t{D[f][1]}\n')
print('rows', len(rows), dict((p, counts[p]) for p in PHASES))
for f in sorted(per): print(f, len(P[f]), dict((p, per[f][p]) for p in PHASES if per[f][p]))
