// The postmortem format of the Google SRE book (Appendix D).
import type { Template } from '../types';

/** SRE book: Summary, Impact, Root Causes, Trigger, Resolution, Detection, Action Items, Lessons Learned, Timeline. */
export const googleSre: Template = {
  id: 'google-sre',
  title: 'Google SRE book',
  description:
    'The SRE book example (Appendix D): Date, Authors, Status, Summary, Impact, Root Causes, Trigger, Resolution, Detection, Action Items, Lessons Learned, Timeline, Supporting information.',
  blameless: 'warning',
  sections: [
    {
      id: 'date',
      title: 'Date',
      required: false,
      aliases: ['incident date', 'incident dates'],
      skeleton: '${1:YYYY-MM-DD}\n',
    },
    { id: 'authors', title: 'Authors', required: false, aliases: ['author', 'owners'], skeleton: '- ${1:name}\n' },
    {
      id: 'status',
      title: 'Status',
      required: false,
      aliases: [],
      skeleton: '${1:draft, in review, or complete (and whether action items are open)}\n',
    },
    {
      id: 'summary',
      title: 'Summary',
      required: true,
      aliases: ['incident summary', 'executive summary'],
      content: ['duration'],
      skeleton: '${1:What was down, for how long, and why.}\n',
    },
    {
      id: 'impact',
      title: 'Impact',
      required: true,
      aliases: ['user impact', 'customer impact'],
      content: ['impact'],
      skeleton: '${1:Queries lost, revenue impact, users affected.}\n',
    },
    {
      id: 'root-causes',
      title: 'Root Causes',
      required: true,
      aliases: ['root cause', 'root cause analysis', 'causes'],
      content: ['root-cause'],
      skeleton: '${1:...}\n',
    },
    { id: 'trigger', title: 'Trigger', required: true, aliases: ['triggers'], skeleton: '${1:What set it off.}\n' },
    {
      id: 'resolution',
      title: 'Resolution',
      required: true,
      aliases: ['mitigation', 'resolution and recovery', 'recovery'],
      skeleton: '${1:What was done to mitigate and fix.}\n',
    },
    {
      id: 'detection',
      title: 'Detection',
      required: true,
      aliases: ['how it was detected'],
      skeleton: '${1:Which alert or who noticed.}\n',
    },
    {
      id: 'action-items',
      title: 'Action Items',
      required: true,
      aliases: ['action plan', 'follow up', 'follow ups', 'corrective actions'],
      content: ['task-list', 'action-type'],
      skeleton:
        '| Action Item | Type | Owner | Bug |\n| ----------- | ---- | ----- | --- |\n| ${1:...} | ${2:mitigate} | ${3:owner} | ${4:n/a} |\n',
    },
    {
      id: 'lessons-learned',
      title: 'Lessons Learned',
      required: true,
      aliases: ['lessons', 'what went well', 'what went wrong'],
      skeleton:
        '### What went well\n\n- ${1:...}\n\n### What went wrong\n\n- ${2:...}\n\n### Where we got lucky\n\n- ${3:...}\n',
    },
    {
      id: 'timeline',
      title: 'Timeline',
      required: true,
      aliases: ['chronology', 'incident timeline'],
      content: ['timeline'],
      skeleton:
        '${1:YYYY-MM-DD} (*all times UTC*)\n\n| Time | Description |\n| ---- | ----------- |\n| ${2:HH:MM} | ${3:OUTAGE BEGINS} |\n',
    },
    {
      id: 'supporting-information',
      title: 'Supporting information',
      required: false,
      aliases: ['supporting info', 'references', 'appendix'],
      skeleton: '- ${1:link}\n',
    },
  ],
};
