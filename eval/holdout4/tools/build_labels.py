import subprocess, re, sys
sys.path.insert(0, '/work/holdout4/tools')
D = '/work/holdout4/students/'
COLS = open('/work/shared/corpus/labels.tsv', encoding='utf-8').readline().rstrip('\n').split('\t')
ALL6 = 'detection,how_detected,actions,misleading,escalation,resolution'
# is_pm, has_sum, has_tl, has_rcr, has_corr, sum_h, tl_h, rc_h, corr_h,
# s_dur, s_tz, s_imp, s_pct, s_rc, entries, fmt_ok, chrono, tl_tz, covers, tasklist, conflict, placeholders, notes
R = {
'm01': ['yes','yes','yes','yes','yes','## Issue summary','## Timeline','## Root cause and resolution','## Todo',
        'yes','yes','yes','yes','yes',11,'yes','yes','all',ALL6,'yes','no','no',
        "Terse on-call sysadmin voice; DNS provider migration dropped ALIAS records (NXDOMAIN). Summary is a bold-label bullet list (When / What broke / How bad / Cause); '70% of requests' is a traffic share. Timeline is '- 02:40 UTC  text' with two spaces and no separator after the time, fragments without subjects. First entry (02:40) is a warn-level check nobody saw: other, not detection; detection is the 02:58 page. Corrective heading is '## Todo' with '- [ ]' boxes (not placeholders). Clock time inside an entry ('laptop open by 03:01')."],
'm02': ['yes','yes','yes','yes','yes','## 🔥 Issue Summary','## ⏰ Timeline (all times WAT)','## 🕵️ Root Cause and Resolution','## 🛠️ Corrective and Preventative Measures',
        'yes','no','yes','yes','yes',11,'yes','yes','all','detection,how_detected,actions,misleading,resolution','yes','no','no',
        "Chatty student, emoji headings, disk full from a forgotten DEBUG log. Chatty intro paragraph before the summary. Summary times '9:40 AM to 11:05 AM' carry no zone; WAT appears only in the timeline heading. Timeline '**9:52 AM** - text'; zone declared only in the timeline heading '(all times WAT)' (counted as all, as 041). 10:29 'Forms work again' is mitigation because 11:05 is the all-clear; the mentor ping (10:40) comes after the fix, to review it: phase escalation, but not counted as escalation in timeline_covers because nothing was handed over (borderline); 11:30 logrotate chore after resolution is other. Detection is a support-desk colleague relaying parents' reports. 'TODO:' label then numbered tasks. 682 words (over)."],
'm03': ['yes','yes','yes','yes','yes','Issue Summary:','Timeline:','Root cause and resolusion:','Corective and preventive measures:',
        'yes','yes','yes','yes','yes',11,'yes','yes','none',ALL6,'yes','no','no',
        "Non-native (French-speaking) author: present tense, grammar slips ('he say', 'querys', 'there side', 'panier'). Plain 'Label:' lines as headings, two misspelt ('resolusion', 'Corective'). Times written '14h05' (h separator); zone only in the summary as 'Casablanca hour, GMT+1'. MySQL metadata lock from a daytime ALTER TABLE. 14h08 mixes a wrong network theory with a ticket to the hoster (escalation by tie-break 3). Two restarts that did nothing (misleading). Clock times inside entries (13h48) and prose (13h45, 2h00). 'Tasks:' sub-label under the corrective heading. 600 words (exactly at the bound)."],
'm04': ['yes','yes','yes','yes','yes','<h3>Issue Summary</h3>','<h3>Timeline</h3>','<h3>Root Cause and Resolution</h3>','<h3>Corrective and Preventative Measures</h3>',
        'yes','yes','yes','yes','yes',11,'yes','yes','all',ALL6,'yes','no','no',
        "Careful SRE voice, passive present tense. HTML <h3> section headings (raw HTML blocks, not Markdown headings). Timeline is a Markdown table '| Time (UTC) | Event |': zone only in the column header (counted as all); format_ok yes read as one time-led row per entry (borderline: not a bullet list). Expired Let's Encrypt certificate because a firewall rule closed port 80 to HTTP-01. First row (06:00 expiry) is other; failed manual certbot renew is misleading (as 020:19); 07:03 'Probes turn green' is mitigation, the 07:30 closure is the resolution; 09:00 follow-up row is other. Summary states 100% of users."],
'm05': ['yes','yes','yes','yes','yes','**Issue Summary**','**Timeline (Pacific time, because that\'s where our one lonely cluster lives)**','**Root Cause and Resolution**','**Corrective and Preventative Measures**',
        'yes','yes','yes','yes','yes',10,'yes','yes','all',ALL6,'yes','no','no',
        "Joker voice, bold-line headings, memory leak (unbounded in-memory cache, OOMKilled pods). Each timeline entry is a time on its own line ('1:47 AM PST') with the description on the next line, no bullets (renders as one paragraph per entry); the line recorded is the time line. Timeline crosses midnight (11:02 PM then 1:47 AM) with no dates; the summary gives Thursday to Friday, so chronological yes. 11:02 PM graph rise nobody saw is other. Restart that helps for twelve minutes is misleading; raising the memory limit (works 'sort of') is mitigation. Present tense, slang ('bounce the pods', 'in the bin')."],
'm06': ['yes','yes','yes','yes','yes','# Executive summary','# Timeline of events (EAT)','# What broke and how we fixed it','# Follow-up actions',
        'yes','yes','yes','yes','yes',10,'yes','yes','all',ALL6,'yes','no','no',
        "Engineering-manager voice; every section renamed and an H1 (Executive summary / Timeline of events / What broke and how we fixed it / Follow-up actions). Bad deploy: release shipped an empty callback secret (renamed env var). Numbered timeline '1. 16:05 — text' with em dashes, present tense ('Ops rolls the service back'); zone in the heading only. First entry (the release going out) and last (status page, apology email) are other. 16:26 'confirms 5xx ... opens the incident channel' read as investigation. '38% of payment confirmation requests' (traffic share) and 'a quarter of active merchants'. Owners and dates in '- [ ]' tasks."],
'm07': ['yes','yes','yes','yes','no','### Issue Summary','### Timeline','### Root Cause and Resolution','-',
        'yes','yes','yes','yes','yes',9,'yes','yes','none',ALL6,'no','no','no',
        "Missing section: no Corrective and Preventative Measures at all (the document ends with the Root Cause and Resolution, which has no future tasks). SMS provider rate limit (429) from a resend button plus app retries. Timeline '- 08:10 - text' with nested sub-bullets under three entries (findings, the captcha step and a result); 9 top-level entries counted, 14 list items counting sub-bullets. Zone only in the summary (GMT). 09:20 provider raising the limit mixes contacting an outside party with a completed fix (mitigation, borderline). 481 words."],
'm08': ['no','no','no','no','no','## The summary is for the boss','## The timeline is the hard part','## Root cause: say it plainly','## Fixes you can actually tick off',
        'no','no','no','no','no',0,'no','na','na','-','no','no','no',
        "Not a postmortem: a reflective essay / advice piece about writing the 0x19 postmortem ('So this is not a postmortem'). No incident. Its section headings each talk about one required part (recorded as the headings), and it contains two made-up example bullets in timeline form ('- 10:02 WAT - alert fires, error rate above 5%', '- 10:15 WAT - we blame the database...') plus words like escalation, root cause, start and end times, time zone, 400 to 600 words: keyword or timestamp checks over-credit it. 465 words (in range, irrelevant)."],
'm09': ['yes','yes','yes','yes','yes','## Issue Summery','## Timeline','## Root Cause and Resolution','## Corrective and Preventative Measures',
        'yes','yes','yes','yes','yes',9,'no','na','na',ALL6,'yes','no','no',
        "Student with long run-on sentences, first person past tense. Misspelt heading '## Issue Summery'. Summary zone spelled as 'Lagos time'; '100% of the people using the site'. Timeline is a numbered list of 9 untimed steps, each one long sentence mixing finding and action (0 of 9 timed): format_ok no, chronological na, timezone na. Cron cleanup job with -mmin instead of -mtime deleting PHP sessions. Step 6 (calling Emeka, who remembers the cron job) is escalation by tie-break 3; step 8 fix 'logins held' is mitigation because step 9 is the all-clear. 655 words (over)."],
'm10': ['yes','yes','yes','yes','yes','ISSUE SUMMARY','TIMELINE','ROOT CAUSE AND RESOLUTION','CORRECTIVE AND PREVENTATIVE MEASURES',
        'yes','yes','yes','no','yes',10,'yes','yes','all',ALL6,'yes','no','no',
        "Formal report voice, plain all-caps lines as headings (no Markdown markup); no blank lines inside sections, so each heading merges with its content into one paragraph when rendered, and the timeline lines '09:40 IST: text' form a single paragraph. Queue backlog from a poison message crashing every RabbitMQ consumer. Summary fields 'Duration:', 'Impact:', 'Root cause:' (Root cause field inside the summary block); impact gives a count ('Approximately 18,000 customers'), no share, so pct no. Misleading SendGrid theory raised then dropped (two entries). 10:15 Slack ping to the platform team for UI access is escalation (borderline). Post-resolution patch (12:10) is other. 'Tasks:' numbered list."],
'm11': ['yes','yes','yes','yes','yes','Issue Summary','Timeline','Root Cause and Resolution','Corrective and Preventative Measures',
        'yes','yes','yes','no','yes',11,'yes','yes','all',ALL6,'yes','no','no',
        "Setext headings (title with '===', sections with '---' underlines); the recorded heading is the text line above the underline. Academic, mostly passive voice ('was noticed by', 'was carried out by'). CDN cached a 502 page for a day after a 90-second origin outage. Summary share is vague ('Most visitors during that period'), so pct no. Times wrapped in backticks ('- `14:05` - text'); zone declared once in a sentence under the Timeline heading ('All times below are Central European Time.'), counted as all; summary says CET (in April, strictly CEST). Two pre-detection entries (13:58, 14:00) and one post-resolution chore (15:40) are other. Detection by a marketing colleague watching a dashboard. 701 words (over)."],
'm12': ['yes','yes','yes','yes','yes','### issue summary','### timline','### root cause + fix','### what we gonna do',
        'yes','no','yes','yes','yes',9,'yes','yes','none',ALL6,'yes','no','no',
        "Young student, all lowercase, slang and typos ('adress', 'actualy', 'u', 'ppl', 'bruh'). Headings lowercase and renamed/misspelt ('### timline', '### root cause + fix', '### what we gonna do'). Expired Google Maps API key (trial credits ran out). Times '7:02pm' with no zone anywhere; summary 'from like 6:40pm to 8:03pm' (start and end, no zone), '100% of ppl who tried to checkout'. Detection is a friend reporting on Discord. 7:50pm mixes the finding (credits ran out) with a new key being created (mitigation, borderline). 395 words (just under)."],
}
import importlib.util
spec = importlib.util.spec_from_file_location('wc', '/work/shared/corpus/wordcount-reference.py')
wc = importlib.util.module_from_spec(spec); spec.loader.exec_module(wc)
out = ['\t'.join(COLS)]
for f, r in R.items():
    text = open(D + f + '.md', encoding='utf-8').read()
    lines = [l.strip() for l in text.split('\n')]
    words = wc.count(text)
    in_range = 'yes' if 400 <= words <= 600 else 'no'
    (is_pm, hs, ht, hr, hc, sh, th, rh, ch, sd, stz, si, sp, src, n, fmt, chrono, ttz, cov, tl, mc, ph, notes) = r
    for h in (sh, th, rh, ch):
        if h == '-': continue
        if h in lines: continue
        for part in h.split(' + '):
            assert part in lines, (f, part)
    if is_pm == 'no':
        assert all(x == 'no' for x in (hs, ht, hr, hc, sd, stz, si, sp, src)) and n == 0 and cov == '-'
    if ht == 'no': assert n == 0 and cov == '-'
    assert '\t' not in notes and '"' not in notes
    row = [f'students/{f}.md', is_pm, hs, ht, hr, hc, sh, th, rh, ch, str(words), in_range,
           sd, stz, si, sp, src, str(n), fmt, chrono, ttz, cov, tl, mc, ph, notes]
    assert len(row) == len(COLS) == 26
    out.append('\t'.join(row))
open('/work/holdout4/labels.tsv', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
# cross-check entry counts against timeline-phases.tsv
from collections import Counter
pc = Counter(l.split('\t')[0] for l in open('/work/holdout4/timeline-phases.tsv', encoding='utf-8').read().splitlines()[1:])
for f, r in R.items():
    assert pc.get(f'students/{f}.md', 0) == r[14], (f, pc.get(f'students/{f}.md'), r[14])
print('ok', len(out) - 1)
