// The ALX/Holberton "0x19. Postmortem" assignment format.
import type { Template } from '../types';

/** Issue Summary / Timeline / Root cause and resolution / Corrective and preventative measures, 400–600 words. */
export const alx0x19: Template = {
  id: 'alx-0x19',
  title: 'ALX 0x19 Postmortem',
  description:
    'The 0x19 assignment: Issue Summary, Timeline, Root cause and resolution, Corrective and preventative measures; 400 to 600 words.',
  blameless: 'information',
  wordRange: { min: 400, max: 600 },
  sections: [
    {
      id: 'issue-summary',
      title: 'Issue Summary',
      required: true,
      aliases: [
        'summary',
        'incident summary',
        'executive summary',
        'outage summary',
        'summary of the issue',
        'overview',
        'incident overview',
        'issue summary and impact',
        'issue description',
        'incident description',
        'problem statement',
        'introduction',
        'what happened',
      ],
      content: ['duration', 'start-end', 'time-zone', 'impact', 'percent-users', 'root-cause'],
      skeleton:
        '**Duration:** ${1:YYYY-MM-DD} ${2:HH:MM} - ${3:HH:MM} UTC (${4:N} minutes)\n\n**Impact:** ${5:what was down or slow, what users saw, % of users affected}\n\n**Root cause:** ${6:one sentence on what caused it}\n',
    },
    {
      id: 'timeline',
      title: 'Timeline',
      required: true,
      aliases: [
        'chronology',
        'sequence of events',
        'timeline of events',
        'incident timeline',
        'timeline of the incident',
        'events',
      ],
      content: ['timeline'],
      skeleton:
        '- ${1:HH:MM} UTC - ${2:when and how the issue was detected}\n- ${3:HH:MM} UTC - ${4:who the incident was escalated to}\n- ${5:HH:MM} UTC - ${6:how the incident was resolved}\n',
    },
    {
      id: 'root-cause-and-resolution',
      title: 'Root cause and resolution',
      required: true,
      aliases: [
        'root cause',
        'root causes',
        'root cause analysis',
        'cause and resolution',
        'root cause and fix',
        'root cause and remediation',
        'resolution',
        'cause',
        'what went wrong',
      ],
      skeleton: '${1:What caused the issue, in detail.}\n\n${2:How the issue was fixed, in detail.}\n',
    },
    {
      id: 'corrective-and-preventative-measures',
      title: 'Corrective and preventative measures',
      required: true,
      aliases: [
        'corrective and preventive measures',
        'corrective measures',
        'preventative measures',
        'preventive measures',
        'corrective actions',
        'preventive actions',
        'corrective and preventative actions',
        'prevention',
        'prevention and future measures',
        'action items',
        'remediation',
        'next steps',
        'follow up',
        'improvements',
        'measures',
        'future measures',
        'preventive steps',
        'preventative steps',
      ],
      content: ['task-list'],
      skeleton:
        '${1:What can be improved or fixed, broadly.}\n\n- [ ] ${2:a specific task, e.g. patch the Nginx server}\n- [ ] ${3:another task, e.g. add monitoring on server memory}\n',
    },
  ],
};
