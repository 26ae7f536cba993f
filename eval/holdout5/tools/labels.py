# Writes labels.tsv from the hand labels below; words/in_range computed with the reference method.
import sys, re
sys.path.insert(0, '/work/shared/corpus')
import importlib.util
spec = importlib.util.spec_from_file_location('wc', '/work/shared/corpus/wordcount-reference.py'); wc = importlib.util.module_from_spec(spec); spec.loader.exec_module(wc)
ROOT = '/work/holdout5'
HDR = open('/work/shared/corpus/labels.tsv', encoding='utf-8').readline().rstrip('\n').split('\t')
ALL6 = 'detection,how_detected,actions,misleading,escalation,resolution'
L = {}
def row(f, pm, hs, heads, summ, tl, tasks, notes, conflict='no', ph='no'):
    L[f] = dict(zip(['is_postmortem','has_summary','has_timeline','has_root_cause_resolution','has_corrective'], [pm]+hs.split()))
    L[f].update(zip(['summary_heading','timeline_heading','rootcause_heading','corrective_heading'], heads))
    L[f].update(zip(['summary_has_duration','summary_has_timezone','summary_has_impact','summary_has_pct_users','summary_has_root_cause'], summ.split()))
    L[f].update(zip(['timeline_entries','timeline_format_ok','timeline_chronological','timeline_has_timezone','timeline_covers'], tl))
    L[f].update(corrective_has_task_list=tasks, merge_conflict_markers=conflict, placeholders_left=ph, notes=notes)

row('n01','yes','yes yes yes yes',['## Issue Summary','## Timeline','## Root Cause and Resolution','## Corrective and Preventative Measures'],
    'yes yes yes yes yes',['12','yes','yes','all',ALL6],'yes',
    "Nervous first-year voice, apology line in italics under the title. Nginx 'sever_name' typo copied to both web servers, exposed by an unattended reboot. Timeline '- 09:11 WAT: text', every entry zoned; 12 entries including two pre-detection cause entries (08:50 config push, 09:05 reboot) and a post-incident entry (15:00 report written). Detected by a classmate's WhatsApp screenshot (customer). Two dead ends: deleting caches for a disk that was not full, three restarts. Escalation to the mentor via Slack. Tasks are unchecked '- [ ]' boxes (planned, not placeholders). 582 words.")
row('n02','yes','yes yes yes yes',["### Issue Summary — a.k.a. 'so who actually owns certbot?'",'### Timeline, or: How I Learned to Stop Trusting Cron','### Root Cause and Resolution (the dull bit)','### Corrective and Preventative Measures, or: Things We Should Have Done In 2021'],
    'yes yes yes yes yes',['12','yes','yes','none',ALL6],'yes',
    "Sarcastic senior voice; every H3 heading carries a jokey subtitle. Summary is three bold 'Duration:/Impact:/Root cause:' lines with no blank lines between (one paragraph when rendered). Timeline '[06:14] text', one entry per paragraph, no zone on any entry (summary has UTC); the openssl output inside the 06:45 entry contains '2023 GMT', which is not the entry's time. Last entry '[Following Tuesday]' is a retro, not a clock time (11 of 12 timed). The 07:03 restart turns a TLS outage into a total outage (fix made it worse). 598 words, 2 below the upper bound (soft case).")
row('n03','yes','yes yes yes yes',['Issue Summary','Timeline','Root Cause and Resolution','Corrective and Preventative Measures'],
    'yes yes yes yes yes',['11','yes','yes','all',ALL6],'yes',
    "Very formal, passive-voice report. All headings are setext (title underlined with '=', sections with '-'); headings recorded as the text line. Each timeline entry is a time line ('10:02 CET') followed by its description on the next line (soft break, one paragraph per entry); format judged ok (time-led, short text; borderline). First entry is the migration that caused the outage; a wrong suspect (payment provider) and a fix that did not help (replica promotion); review meeting at 14:00. Numbered corrective list in 'shall' form. 586 words.")
row('n04','yes','yes yes yes yes',['**Summary**','**Timeline (all times GMT+3)**','**Root cause & fix**','**Prevention / TODO**'],
    'yes yes yes yes yes',['10','yes','yes','all','detection,how_detected,actions,misleading,resolution'],'yes',
    "Fragment style. Title and every heading are bold lines; summary is 'When:/What:/Who:/Why:' lines with no blank lines between. Times written '14h05' (French style); the zone is declared once in the timeline heading (all, as 041) and in the summary ('GMT+3'). '~25% of users' is the share; 'Upload endpoint = 100% errors' also given. 'support pings #ops channel' at 14h12 is the first hand-off to responders, not counted as escalation in covers (030/041/042 convention; phase row is escalation). Inode exhaustion with disk space free. 'TODO' heading is not a placeholder. 360 words, under range.")
row('n05','yes','yes yes yes yes',['Issue Summary:','Timeline:','Root Cause and Resolution:','Corrective and Preventative Measures:'],
    'yes yes yes yes yes',['11','yes','yes','none',ALL6],'yes',
    "Non-native English throughout ('The outage was happen', 'we was checking', 'make things more worse'). No Markdown headings: plain 'Label:' lines with the content directly under them (bullets and a numbered list with no blank line before). Timeline '- 12:05 PM - text' crosses noon (11:58 AM -> 12:05 PM -> 1:05 PM); no zone in the timeline (summary has EAT on the end time). The 12:20 restart helps for ten minutes; the 12:33 entry says it made things worse (MySQL OOM-killed too). Summary start 11:45 vs first report 11:52 (the alert email went to spam, mentioned only in a task). 587 words.")
row('n06','yes','yes yes yes yes',['## 📝 Issue Summary','## ⏱️ Timeline','## 🔍 Root Cause and Resolution','## 🛡️ Corrective and Preventative Measures'],
    'yes yes yes yes yes',['11','no','yes','some',ALL6],'yes',
    "Storyteller voice; emoji headings (the timer emoji carries U+FE0F). Timeline is 11 prose paragraphs starting 'At 8:55 PM ...' (10 of 11 timed; the last is 'The next afternoon'), 1-3 long sentences each, so format not ok. Only the first timeline time carries a zone ('8:47 PM IST'): some. Credential-stuffing / DDoS on /login; detection by the roommate trying to buy a pass (customer); doubling workers made it worse; partial recovery from rate limiting; a vendor ticket that achieved nothing. 832 words, over range.")
row('n07','yes','yes yes yes no',['## 1. Issue Summary','## 2. Timeline (EST)','## 3. Root Cause and Resolution','-'],
    'yes yes yes yes yes',['11','yes','yes','all',ALL6],'no',
    "Missing section: there is no Corrective and Preventative Measures section. The closing '## 4. Conclusion' only thanks the team and praises the vendor (no improvements, no tasks), and the RCR states what was done, not what will change. Numbered headings. Timeline is a numbered list '1. 10:02 AM — text' in the present tense, zone declared once in the heading '(EST)' (all, as 041); crosses noon (11:58 AM -> 12:47 PM). '43% of checkout attempts' is a traffic share. Third-party payment API rate limit (429) amplified by instant retries; two escalations (payments lead, vendor ticket). 588 words.")
row('n08','yes','yes yes yes yes',['## Issue Summary:','## Timeline:','## Root Cause and Resolution:','## Corrective and Preventative Measures:'],
    'yes yes yes yes yes',['12','yes','yes','all',ALL6],'yes',
    "Headings end with a colon. Summary is bold-label bullets; '~30% of authenticated API requests' is a traffic share. Timeline entries are '- **13:20 UTC** — text' parents with nested detail sub-bullets; counted one entry per parent (the sub-bullets are details of that step, not steps; a leaf count would be higher; borderline). Last entry '**Next day**' (11 of 12 timed). Clock drift on one rebuilt host (chrony missing); detected by an engineer noticing a dashboard; two dropped theories (Redis, JWT library rollback on one host). Tasks are a numbered list nested under a bold '**Tasks:**' bullet. 581 words.")
row('n09','yes','yes yes yes yes',['## ISSUE SUMMARY','## TIMELINE','## ROOT CAUSE AND RESOLUTION','## CORRECTIVE AND PREVENTATIVE MEASURES'],
    'yes no yes yes yes',['11','no','yes','none',ALL6],'yes',
    "Earnest voice with exclamation marks; all-caps headings. Wrong environment variable (prod and staging .env files swapped) so production served staging data. Timeline is a numbered list where only items 1, 2 and 11 carry a time (3 of 11 timed), so format not ok; times carry weekdays and cross midnight ('Saturday 11:52 PM' -> 'Sunday 1:15 AM'), chronological by the weekdays. No zone anywhere. 'every visitor (100% of users)'. Two cache-flavoured dead ends (browser/Redis cache, CDN purge). 580 words.")
row('n10','yes','yes yes yes yes',['> ## Issue Summary','> ## Timeline','> ## Root Cause and Resolution','> ## Corrective and Preventative Measures'],
    'yes yes yes yes yes',['11','yes','yes','none',ALL6],'yes',
    "Every section heading is inside a blockquote ('> ## Timeline'); the content under it is outside the quote. Timeline lines '14:32 – text' (en dash), no bullets and no blank lines, so they render as one paragraph; each entry is one long sentence that mixes a finding and an action (format judged ok, borderline). No zone in the timeline (summary CAT). '100% of users' for 14:41-14:58, about a third otherwise. The detection entry also contains the wrong 'slow warm-up' assumption. HAProxy health-check path renamed by the release. 565 words.")
row('n11','yes','yes yes yes yes',['## the damage (aka Issue Summary)','## what happened when (Timeline)','## why tho (root cause & fix)','## never again (Corrective and Preventative Measures)'],
    'yes yes yes yes yes',['11','yes','no','none',ALL6],'yes',
    "Lowercase slang voice ('kicked the service', 'buzzed Dre', 'bruh'); renamed headings with the assignment name in parentheses. Timeline '- 00:19 - text'; the last entry 'oh and 00:03 - ...' is the causing logrotate run, appended after the 01:47 resolution, so not chronological (and it does not start with its time). No zone in the timeline (summary SAST). Log rotation creating a root-owned log file that the app (running as another user) cannot open: log rotation plus permissions. Tasks are unchecked '- [ ]' boxes. 525 words.")
row('n12','no','no no no no',['**The summary at the top.**','**The timeline.**','**Root cause and fix.**','**Preventive actions.**'],
    'no no no no no',['0','no','na','na','-'],'no',
    "Not a postmortem: a student's study notes on what a postmortem is (no incident). The bold inline labels that open paragraphs about each part are recorded as the section lines ('**The summary at the top.**' ... '**Preventive actions.**'). Traps: two time-led bullets ('`10:00` – alert fires', '`10:05` – we blame the database (wrong)') that the text calls a made-up example, the words blameless, timeline, root cause, TODO list, time zone, '400 to 600 words', and a mention of the Apache 500 typo task. 503 words (in range, irrelevant).")

out = ['\t'.join(HDR)]
for f in sorted(L):
    path = f'{ROOT}/students/{f}.md'
    text = open(path, encoding='utf-8').read()
    lines = [l.strip() for l in text.split('\n')]
    w = wc.count(text)
    d = dict(L[f], file=f'students/{f}.md', words=str(w), in_range='yes' if 400 <= w <= 600 else 'no')
    for k in ['summary_heading','timeline_heading','rootcause_heading','corrective_heading']:
        for h in d[k].split(' + '):
            if h == '-': continue
            assert h in lines or any(l.startswith(h) for l in lines), (f, k, h)
    if d['is_postmortem'] == 'no':
        assert all(d[k] == 'no' for k in HDR if k.startswith('has_') or k.startswith('summary_has_'))
    if d['has_timeline'] == 'yes':
        n = sum(1 for l in open(f'{ROOT}/timeline-phases.tsv') if l.startswith(f'students/{f}.md\t'))
        assert n == int(d['timeline_entries']), (f, n)
    vals = [d[k] for k in HDR]
    assert len(vals) == 26 and not any('\t' in v or '"' in v for v in vals), f
    out.append('\t'.join(vals))
open(f'{ROOT}/labels.tsv', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out) - 1, 'rows')
