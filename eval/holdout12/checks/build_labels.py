#!/usr/bin/env python3
"""Writes ../labels.tsv from the hand labels below. Only `words` and `in_range` are computed
(with /work/shared/corpus/wordcount-reference.py)."""
import os, sys, importlib.util
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
spec = importlib.util.spec_from_file_location('wc', '/work/shared/corpus/wordcount-reference.py')
wc = importlib.util.module_from_spec(spec); spec.loader.exec_module(wc)
HDR = ('file is_postmortem has_summary has_timeline has_root_cause_resolution has_corrective summary_heading '
       'timeline_heading rootcause_heading corrective_heading words in_range summary_has_duration summary_has_timezone '
       'summary_has_impact summary_has_pct_users summary_has_root_cause timeline_entries timeline_format_ok '
       'timeline_chronological timeline_has_timezone timeline_covers corrective_has_task_list merge_conflict_markers '
       'placeholders_left notes').split()
ALL6 = 'detection,how_detected,actions,misleading,escalation,resolution'
# name: (is_pm, has_sum, has_tl, has_rcr, has_corr, h_sum, h_tl, h_rcr, h_corr,
#        dur, tz, impact, pct, rc, entries, fmt, chrono, tl_tz, covers, task, conflict, placeholders, notes)
L = {
'v01': ('yes','yes','yes','yes','yes','## Issue Summary','## Timeline','## Root Cause and Resolution','## Corrective and Preventative Measures',
  'yes','yes','yes','yes','yes',11,'yes','yes','none',ALL6,'yes','no','no',
  "Conventional ATX layout, first person on call. Summary '10:14 AM to 11:02 AM PST (48 minutes)', 'Roughly 70% of paying users'. Timeline '- 10:10 AM - text', no tz in the timeline (summary has PST); crosses noon (11:02 AM then 2:30 PM). Lead-up deploy entry (10:10) before the alert and an after-resolution staging re-run (2:30 PM). Two misleading entries: suspected payment SDK (ruled out) and a pod restart that did not help. Corrective: one broad sentence then five '- [ ]' boxes (not placeholders). 587 words, near the upper bound."),
'v02': ('yes','yes','yes','yes','yes','**Issue Summary**','**Timeline (WAT)**','**Root cause and resolution**','**Corrective and preventative measures**',
  'yes','yes','yes','yes','yes',12,'yes','yes','all',ALL6,'yes','no','no',
  "Non-native English ('Product pages was taking', 'He check'). Bold-line title and section headings, no ATX. Timeline entries '**14:02** - text' on consecutive lines with NO blank lines, so CommonMark renders the whole timeline as one paragraph; zone declared only in the heading '(WAT)', counted as all. Lead-up entry 13:55 (the renamed env variable); 14:25 customer complaints arrive after the 14:02 Grafana alert (other, not detection); last entry 'Next day 10:00' (postmortem meeting). Corrective uses '1)' numbered items after a lessons paragraph. Inline code line in RCR counted. 608 words: just over 600 (soft case)."),
'v03': ('yes','yes','yes','yes','yes','Issue Summary','Timeline','Root cause and resolution','Corrective and preventative measures',
  'yes','yes','yes','yes','yes',12,'yes','yes','none',ALL6,'yes','no','no',
  "Setext headings throughout (title with '===', sections with '---' underlines); recorded heading is the text line. Summary as 'Duration:' / 'Impact:' / 'Root cause:' paragraphs: '2023-09-21, 08:40 to 09:25 UTC', 'All customers (100%)'. Timeline: each time ALONE on a line ('08:40') with the text on the next line and blank lines between entries (time line and text form one paragraph). No tz in timeline. Jokey tone. Misleading: reverted the wrong change (security group) and an HAProxy restart that changed nothing. Final entry 10:30 is after-the-fact partner emails. '*' bullets for tasks, preceded by a 'What needs improving' line. 551 words."),
'v04': ('yes','yes','yes','yes','yes','Issue Summary','Timeline','Root Cause and Resolution','Corrective and Preventative Measures',
  'yes','yes','yes','yes','yes',13,'yes','yes','all',ALL6,'yes','no','no',
  "Plain-line headings (no markup, no colon), plain-line title. Third-party SMS aggregator outage. Summary '06:40 to 09:25 EAT', 'about 58% of our active users'. Timeline is a Markdown TABLE 'Time (EAT) | What happened' (zone only in the header cell, counted as all); 13 rows, the last with 'Next day' in the time cell (relative, recorded with an empty time; 12 of 13 clock-timed). Outage start 06:40 known only afterwards (other). Two escalations: vendor ticket 07:52 and informing the CTO 08:05. 09:25 'success back to 97%' is mitigation because 11:40 is the close. Corrective is a TABLE with #, Task, Owner, Due (tasks counted as a list, no Markdown list items). 562 words."),
'v05': ('yes','yes','yes','yes','yes','## Issue Summary — what happened, in short','## Timeline — told as I lived it','## Root cause and resolution','## Corrective and preventative measures — so it does not happen again in October',
  'yes','yes','yes','yes','yes',13,'yes','yes','some',ALL6,'yes','no','no',
  "Storytelling, first person. Headings with em-dash subtitles. DST bug: summary runs from 'Sunday 31 March 2024 at 02:00 BST' to 'Monday 1 April at 13:30 BST'; 'about 30% of the customers who had an appointment that week' (share of customers; also 1,930 bookings). Timeline is a numbered list '1. **Sun 31 Mar, 01:00 GMT** — text'; only entries 1 and 2 carry a zone (GMT then BST: the zone changes inside the timeline), the rest are bare times, so 'some'. Entry 7 has three nested sub-bullets (evidence), counted as one entry at its line. Last entry 'Tue 2 Apr, morning' has a date but no clock time. Corrective under '### Quick wins' / '### Longer term' sub-headings. 794 words (over)."),
'v06': ('yes','yes','yes','yes','yes','<h3>Issue Summary</h3>','<h3>Timeline</h3>','<h3>Root Cause and Resolution</h3>','<h3>Corrective and Preventative Measures</h3>',
  'yes','yes','yes','yes','yes',12,'yes','yes','none',ALL6,'yes','no','no',
  "Raw HTML: <h2> title, <h3> section headings, summary and RCR in <p> blocks, timeline as <ul><li>9:30 AM - text</li> with <code> inside; corrective is a Markdown '-' list after an <h3>. Indian English ('Approx 60%', 'Priya ma'am'). Summary '10:05 AM to 11:20 AM IST'; timeline times have no zone. Vendor ticket to the CDN at 10:28 is escalation on a wrong path (the WAF theory at 10:20 is the misleading entry); CDN's late reply at 11:45 is after resolution (other). 581 words."),
'v07': ('no','no','no','no','no','## Objective','## Procedure','## Discussion','## Conclusion',
  'no','no','no','no','no',0,'no','na','na','-','no','no','no',
  "Not a postmortem: a lab report of a sandbox debugging exercise (Nginx listening on 8080, sites-enabled was a copy). It says outright there was no outage and no users. Has Objective / Environment / Procedure (six untimed numbered steps) / Results / Discussion / Conclusion / References, a fenced command (excluded from the count), 'Student:' / 'Exercise:' bold lines. Headings recorded are the sections that stand in for summary, timeline, root cause and measures. Words like 'fix', 'Discussion', 'lesson', steps with results can over-credit keyword checks. 337 words."),
'v08': ('yes','yes','yes','yes','yes','## summary','## timeline','## root cause and resolution','## corrective / preventive',
  'yes','no','yes','no','yes',9,'no','yes','none',ALL6,'yes','no','no',
  "Terse, all-lowercase notes. Summary 'wed 14 feb, 16:20 until 18:05 (1h45m)': no zone, no %, no year. Timeline is a RUN-ON paragraph over four source lines: entries '16:05 text' separated only by times (three per line on lines 7-8, two on line 9), plus 'next morning:' (untimed) on line 10; 8 of 9 timed. A mid-sentence '16:00' (frontend deploy time) inside the 16:45 entry is not an entry. Misleading: curl check concluding 'api is fine' and rolling back the wrong service (web frontend). Corrective is four plain lines with no list markers (they render as one paragraph). 343 words (under). Use (file, line, time) as the key."),
'v09': ('yes','yes','yes','yes','yes','## Issue summary','## Timeline (CAT)','## Root cause and resolution','## What we will do',
  'yes','yes','yes','yes','yes',13,'yes','yes','all',ALL6,'yes','no','no',
  "Summary as bold fields '**When:**' / '**What users saw:**' / '**Why:**' on consecutive lines; '11:40 to 13:55 CAT', '100% of customers ordering during the window'. Timeline uses one H3 per time ('### 11:46') with the text as a paragraph or nested bullets under it; zone only in '## Timeline (CAT)', counted as all. Misleading: broker health check found nothing, and scaling out made it worse. Two escalations (platform team paged 12:18, support lead informed 13:10). Corrective heading renamed 'What we will do', numbered list. 602 words: just over 600 (soft case)."),
'v10': ('yes','yes','yes','yes','yes','> ### Issue Summary','> ### Timeline','> ### Root cause and resolution','> ### Corrective and preventative measures',
  'yes','yes','yes','yes','yes',11,'yes','yes','none',ALL6,'yes','no','no',
  "French-speaker English ('The job crash', 'launch again the reindex'). Section headings are H3s inside blockquotes ('> ### Timeline'); only those lines are quoted. French-style times '02h47 : text' (space before colon). Summary 'from 02h47 to 09h01 (GMT+1)', 'Around 70% of the searches' (share of traffic, credited). Two lead-up entries before detection (02h00 job start, 02h47 crash + alias switch). Detection by a QA engineer's smoke test. Misleading: rollback of the search API (wrong thing) and a CDN purge. 09h01 alias moved back restores search (mitigation); 11h35 complete reindex is the resolution. '+' bullets for tasks. 570 words."),
'v11': ('yes','yes','yes','yes','yes','## 📝 Issue Summary — the short version','## ⏱️ Timeline (EAT) — how the morning went','## 🔍 Root Cause & Resolution — what really broke','## ✅ Corrective and Preventative Measures — our to-do list',
  'yes','yes','yes','yes','yes',13,'yes','yes','all',ALL6,'yes','no','no',
  "Emoji H2 headings with subtitles (the timeline one has a variation selector: '⏱️'). Military-style times '1002hrs' in '* **1002hrs:** text' bullets; zone only in the heading '(EAT)', counted as all. Summary '1002hrs to 1140hrs EAT', 'About 85% of users'. Misleading: raising Postgres max_connections (fix that did nothing) and blaming the payment partner. 1040hrs restart helped for 12 minutes (mitigation, flagged). 1400hrs hotfix is after resolution (other). Corrective mixes '* [x]' done items and '* [ ]' open items (not placeholders). 593 words."),
'v12': ('yes','yes','yes','yes','yes','Issue Summary:','Timeline:','Root cause and resolution:','Corrective and preventative measures:',
  'yes','no','yes','no','yes',13,'no','yes','all',ALL6,'yes','no','no',
  "Plain 'Label:' lines as headings, plain-line title. Mostly passive voice. Data-exposure incident (CDN 'Cache Everything' rule). Summary '3:10pm and 4:05pm' on a Saturday with NO zone, and '212 customers' (a count, not a share). Timeline bullets '- 3:10pm UTC - text' (lowercase pm, zone on every timed entry) mixed with untimed bullets (lines 10, 13, 19): 10 of 13 timed, so format 'no'. 3:14pm forwarding to on-call is escalation after the customer-email detection. After-the-fact entries: Monday customer emails / DPO, 'Later that week' refunds. Corrective is four bold-labelled paragraphs ('**Permissions.** ...'), one per item, no list markers. 461 words."),
}
def main():
    out = ['\t'.join(HDR)]
    for n in sorted(L):
        v = L[n]
        w = wc.count(open(os.path.join(ROOT, 'students', n + '.md'), encoding='utf-8').read())
        row = ['students/%s.md' % n] + list(v[:9]) + [str(w), 'yes' if 400 <= w <= 600 else 'no'] + [str(x) for x in v[9:]]
        assert len(row) == len(HDR), (n, len(row))
        for f in row: assert '\t' not in f and '"' not in f, (n, f)
        out.append('\t'.join(row))
    open(os.path.join(ROOT, 'labels.tsv'), 'w').write('\n'.join(out) + '\n')
if __name__ == '__main__':
    main()
