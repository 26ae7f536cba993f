#!/usr/bin/env python3
"""Writes ../labels.tsv for holdout13 from the hand labels below. Only `words` and `in_range` are
computed (with /work/shared/corpus/wordcount-reference.py); everything else is a hand label."""
import os, importlib.util
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
spec = importlib.util.spec_from_file_location('wc', '/work/shared/corpus/wordcount-reference.py')
wc = importlib.util.module_from_spec(spec); spec.loader.exec_module(wc)
HDR = ('file is_postmortem has_summary has_timeline has_root_cause_resolution has_corrective summary_heading '
       'timeline_heading rootcause_heading corrective_heading words in_range summary_has_duration summary_has_timezone '
       'summary_has_impact summary_has_pct_users summary_has_root_cause timeline_entries timeline_format_ok '
       'timeline_chronological timeline_has_timezone timeline_covers corrective_has_task_list merge_conflict_markers '
       'placeholders_left notes').split()
ALL6 = 'detection,how_detected,actions,misleading,escalation,resolution'
Y5 = ('yes', 'yes', 'yes', 'yes', 'yes')
# name: (is_pm, has_sum, has_tl, has_rcr, has_corr, h_sum, h_tl, h_rcr, h_corr,
#        dur, tz, impact, pct, rc, entries, fmt, chrono, tl_tz, covers, task, conflict, placeholders, notes)
L = {
'w01': Y5 + ('## Issue Summary', '## Timeline', '## Root Cause and Resolution', '## Corrective and Preventative Measures',
  'yes', 'yes', 'yes', 'yes', 'yes', 13, 'yes', 'yes', 'none', ALL6, 'yes', 'no', 'no',
  "Conventional ATX layout, first person. S3 lifecycle rule saved with an empty prefix expires every object older than 30 days. Summary as bold fields '**Duration:**' / '**Impact:**' / '**Root cause:**': 'from about 00:40 UTC until 11:05 UTC', 'about 40% of active users'. Timeline '- 8:20 AM: text' with no zone (zone only in the summary); first entry dated 'Wed 5 June, 4:40 PM' (lead-up, the day before), then bare times crossing noon (11:05 AM then 2:30 PM, after-the-fact review). Detection by lecturers writing to support (customer). Misleading: CDN invalidation and a ruled-out deploy diff. Two escalations (platform lead paged, security looped in). Corrective: one sentence then five '- [ ]' boxes (not placeholders). 590 words, near the upper bound."),
'w02': Y5 + ('**Issue Summary:**', '**Timeline:**', '**Root cause and resolution:**', '**Corrective and preventative measures:**',
  'yes', 'yes', 'yes', 'yes', 'yes', 13, 'yes', 'yes', 'all', ALL6, 'yes', 'no', 'no',
  "Non-native (Nigerian) English ('The outage start at', 'users was affected', 'He say'). Bold-line headings with the colon inside the bold. DNS migration with a 24 h TTL; old VPS switched off an hour after the change. Summary '12:10 WAT ... by 14:20 WAT', 'Around 35% of our users'. Timeline '**12:25 WAT** - text', one entry per paragraph, zone on every stamp; the last is 'Next day, 12:30 WAT' (after the fact). Two lead-up entries (DNS change, VPS shut down). Misleading: SSL trust theory tested on an emulator, and an nginx/php-fpm restart that changed nothing. Two escalations: CTO called, ticket with the hosting company. '*' bullets after a lessons sentence. 585 words."),
'w03': Y5 + ('Issue Summary', 'Timeline', 'Root cause and resolution', 'Corrective and preventative measures',
  'yes', 'yes', 'yes', 'yes', 'yes', 13, 'yes', 'yes', 'none', ALL6, 'yes', 'no', 'no',
  "Setext headings ('===' title, '---' sections); recorded heading is the text line. Hourly report cron overlapping itself (no lock) on the 1st of the month. Summary '10:05 IST to 11:52 IST', 'roughly 65% of sellers who logged in', and a separate 'Root cause:' paragraph inside the summary. Timeline: each 24 h time ALONE on a line with the text on the next line (time + text form one paragraph); no zone in the timeline. Two lead-up entries (09:00 and 10:00 runs). Misleading: scaling app servers up made the DB busier, and a missing-index theory ruled out with EXPLAIN. DBA paged. 11:40 undoing the scale-up counted as mitigation. Corrective uses '1)' items. 578 words."),
'w04': Y5 + ('### 1. Issue summary', '### 2. Timeline', '### 3. Root cause and resolution', '### 4. Corrective and preventative measures',
  'yes', 'yes', 'yes', 'yes', 'yes', 13, 'yes', 'yes', 'all', ALL6, 'yes', 'no', 'no',
  "Numbered H3 section headings. Postgres WAL fills the disk because of an abandoned logical replication slot. Summary as a bullet list of bold fields: '13 May 2024, 03:38 to 05:02 UTC', 'for 100% of users who tried them' (writes only). Timeline is a Markdown TABLE 'Time | Event' with 'UTC' in every time cell; first two rows dated ('29 Apr 16:00 UTC' lead-up, '13 May 02:10 UTC' a disk warning nobody read: other, not detection), last row '14 May 10:00 UTC' (after the fact). Misleading: deleting /var/log files on the wrong disk. 04:20 writes restored is mitigation (05:02 is the close). Corrective under '#### Immediate' / '#### Longer term' sub-headings with '-' bullets. 550 words."),
'w05': Y5 + ('## Issue Summary', '## Timeline (GMT+1)', '## Root Cause and Resolution', '## Corrective and Preventative Measures',
  'yes', 'yes', 'yes', 'yes', 'yes', 13, 'yes', 'yes', 'all', ALL6, 'yes', 'no', 'no',
  "Careful 'we' voice. IAM least-privilege clean-up drops kms:Decrypt, pods crash at startup. Summary 'Between 09:04 and 10:31 GMT+1', '100% of API requests failed' (share of traffic). Timeline is one H3 per time ('### 09:10') with 1-2 '-' bullets under it; zone only in '## Timeline (GMT+1)' (and the summary), counted as all; entry line = the H3 line. Two lead-up entries (IAM apply, deploy start). Misleading: a forced rollback of the release (the wrong change) that made the outage total, and a ruled-out Parameter Store theory. Security team looped in (09:38); its confirmation (09:50) labelled investigation. 11:30 re-applied policy is after the fact. '1.' numbered tasks. 573 words."),
'w06': Y5 + ('<h2>Issue Summary</h2>', '<h2>Timeline</h2>', '<h2>Root Cause and Resolution</h2>', '<h2>Corrective and Preventative Measures</h2>',
  'yes', 'yes', 'yes', 'yes', 'yes', 12, 'yes', 'yes', 'all', ALL6, 'yes', 'no', 'no',
  "Chatty intern voice with jokes and a greeting paragraph before the summary. Raw HTML <h1>/<h2> headings; the rest is Markdown. New worker VM lacks a hand-edited ImageMagick policy.xml; PDF jobs fail and retries clog the Sidekiq queue. Summary 'From Monday 7:00 pm PST until Tuesday 9:55 am PST', 'Roughly 22% of our active users'. Timeline '* 7:20 am PST — text' (lowercase am/pm, em dash, zone on every entry); first two entries carry day names (Mon, Tue). Misleading: raising concurrency (made it worse) and a Sidekiq restart. Corrective is five bold-labelled paragraphs each with a 'Task:' (no list markup). 611 words: just over 600 (soft case)."),
'w07': ('no', 'no', 'no', 'no', 'no', '## Summary', '## First 10 minutes', '## Common causes and fixes', '## After the incident',
  'no', 'no', 'no', 'no', 'no', 0, 'no', 'na', 'na', '-', 'no', 'no', 'no',
  "Not a postmortem: an on-call runbook for 502 errors on a HAProxy + Nginx + Gunicorn practice stack, written as 0x19 prep; the blockquoted intro says nothing has broken yet. Has '## Summary', '## Symptoms', a numbered untimed '## First 10 minutes' procedure, an '## Escalation' table (who/when), '## Common causes and fixes' (bold cause: fix bullets) and '## After the incident' (write a postmortem). Headings recorded are the sections standing in for summary, timeline, root cause and measures. 'Summary', 'Escalation', 'fixes', 'postmortem' can over-credit keyword checks. 406 words (in range, though not a postmortem)."),
'w08': Y5 + ('Issue Summary', 'Timeline', 'Root cause and resolution', 'Corrective and preventative measures',
  'yes', 'yes', 'yes', 'yes', 'yes', 11, 'no', 'yes', 'some', ALL6, 'yes', 'no', 'no',
  "Terse, non-native English ('renewal cron start and crash', 'cards was declined'). Plain-line headings with NO blank line after them, so each heading merges into the paragraph below when rendered. Leap-day bug: 29 Feb 2024 + 1 year raises ValueError and stops the renewal batch. Summary '1 March 2025 from 00:00 GMT to 10:10 GMT', 'around 9% of paying users'. Timeline is a RUN-ON paragraph over three source lines (7, 8, 9) with entries separated only by leading times: 2 + 4 + 5 entries; only the first stamp carries a zone ('28 Feb 00:05 GMT'), so 'some'. Two lead-up entries (28 Feb crash, 1 Mar lock-out). Support forwarding to the developer (07:40) is escalation. Misleading: payment gateway declines (ruled out) and a worker restart. Corrective is five plain lines without markers (render as one paragraph). 379 words (under). Key phase rows by (file, line, time)."),
'w09': Y5 + ('## 🧾 Issue Summary', '## ⏱️ Timeline (EAT)', '## 🔍 Root Cause and Resolution', '## ✅ Corrective and Preventative Measures',
  'yes', 'no', 'yes', 'yes', 'yes', 13, 'yes', 'yes', 'all', ALL6, 'yes', 'no', 'no',
  "Emoji H2 headings (the timeline one has a variation selector: '⏱️'). Signed INT primary key of booking_events reaches 2,147,483,647; the duplicate-key error misleads. Summary '0940hrs to 1110hrs (1 hour 30 minutes)' with NO zone (EAT only in the timeline heading); '100% of booking attempts'. Timeline is a numbered list '1. 0940hrs – text' with nested '-' bullets under entries 2, 4 and 8 (one entry each, at the parent line); last item 'Next day 0600hrs'. Detection: an operations-desk staff member sees the bookings graph go flat (engineer). Misleading: gateway retries turned off, pod restart. Two escalations (DB lead; head of customer care informed). Corrective is a TABLE '# | Task | Owner'. 581 words."),
'w10': Y5 + ('> **Issue Summary**', '> **Timeline**', '> **Root cause and resolution**', '> **Corrective and preventative measures**',
  'yes', 'yes', 'yes', 'yes', 'yes', 12, 'yes', 'yes', 'none', ALL6, 'yes', 'no', 'no',
  "Brazilian-Portuguese-flavoured English ('the reset of my password', 'replaced one include by'). Headings are bold lines inside blockquotes ('> **Timeline**'). SPF record exceeds 10 DNS lookups after a newsletter include; DMARC p=reject. Summary 'from around 07h00 until 12h10, Brasília time (BRT, UTC-3)', 'about 75% of our users' and 'About 60% of all transactional emails'. Timeline '- 09h10 - text' with 'h' times and no zone; first entry 'Tue 06h50' (lead-up). Vendor ticket on a wrong path (escalation, 09h25); API key rotation (misleading); vendor's answer gives the real clue (investigation). Marketing asked (escalation). 15h00 resend after the close is other. Corrective: 'TODO:' line then '-' bullets. 586 words."),
'w11': Y5 + ('**Issue Summary** – what the bosses need to know', '**Timeline** – all times EST, and yes, I was eating dinner',
  '**Root Cause and Resolution** – the boring (important) part', '**Corrective and Preventative Measures** – so Dana can finish her dinner next time',
  'yes', 'yes', 'yes', 'yes', 'yes', 13, 'yes', 'yes', 'all', ALL6, 'yes', 'no', 'no',
  "Jokey first person. Bold section names with an en-dash subtitle on the same line (the timeline subtitle declares 'all times EST', counted as all). Auto Scaling launch template points to a deregistered AMI; scale-out fails during a Black Friday spike. Summary 'from 7:41 PM to 8:55 PM EST', 'around 70% of visitors'. Timeline '- **7:48 PM** — text'; last entry '**Next morning**' has no clock time (12 of 13 timed). Misleading: Redis restart (made it worse, login storm) and raising desired capacity with no effect. Cloud lead phoned (escalation). CDN caching at 8:20 is mitigation. Corrective '1.' list with nested '-' sub-items. 783 words (over)."),
'w12': Y5 + ('Issue Summary:', 'Timeline:', 'Root cause and resolution:', 'Corrective and preventative measures:',
  'yes', 'yes', 'yes', 'yes', 'yes', 13, 'no', 'yes', 'some', ALL6, 'yes', 'no', 'no',
  "Mostly passive voice. Plain 'Label:' lines as headings, each followed directly by text with no blank line. MySQL utf8 (utf8mb3) table refuses the emoji that app 2.0 pre-fills. Summary 'between 10:05 and 12:15 CET on 14 March 2024', 'about 85% of all sign-up attempts' (share of attempts). Timeline is one sentence-paragraph per entry starting 'At 10:40 AM, ...' (time inside the sentence), plus two untimed entries ('Shortly after, ...' misleading; 'Next day, ...' after the fact): 11 of 13 timed, format 'no'. CET on 3 of 11 stamps, so 'some'. Crosses noon (11:50 AM, 12:05 PM, 1:40 PM). 12:15 PM sign-ups working again is mitigation (summary end); 4:10 PM conversion done is the resolution. Corrective is 'a)'...'e)' lines directly under a sentence, no Markdown list. 575 words."),
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
    print(len(out) - 1, 'rows')

if __name__ == '__main__':
    main()
