// Atlassian's incident postmortem template (Incident Handbook).
import type { Template } from '../types';

/** Atlassian: Incident summary, Leadup, Fault, Impact, Detection, Response, Recovery, Timeline, Five whys, Root cause … */
export const atlassian: Template = {
  id: 'atlassian',
  title: 'Atlassian incident postmortem',
  description:
    'Atlassian Incident Handbook template: Incident summary, Leadup, Fault, Impact, Detection, Response, Recovery, Timeline, Five whys, Root cause, Backlog check, Recurrence, Lessons learned, Corrective actions.',
  blameless: 'warning',
  sections: [
    {
      id: 'incident-summary',
      title: 'Incident summary',
      required: true,
      aliases: ['summary'],
      content: ['duration', 'impact'],
      skeleton: '${1:Between HH:MM and HH:MM UTC on YYYY-MM-DD, N customers experienced ...}\n',
    },
    {
      id: 'leadup',
      title: 'Leadup',
      required: false,
      aliases: ['lead up', 'background'],
      skeleton: '${1:The circumstances that led to the incident.}\n',
    },
    { id: 'fault', title: 'Fault', required: true, aliases: ['the fault'], skeleton: '${1:How the change failed.}\n' },
    {
      id: 'impact',
      title: 'Impact',
      required: true,
      aliases: ['customer impact'],
      content: ['impact', 'percent-users'],
      skeleton: '${1:N% of customers ... for N minutes.}\n',
    },
    {
      id: 'detection',
      title: 'Detection',
      required: true,
      aliases: ['how it was detected'],
      skeleton: '${1:When and how the incident was detected.}\n',
    },
    {
      id: 'response',
      title: 'Response',
      required: true,
      aliases: ['incident response'],
      skeleton: '${1:Who responded, when, and how.}\n',
    },
    {
      id: 'recovery',
      title: 'Recovery',
      required: true,
      aliases: ['resolution', 'mitigation'],
      skeleton: '${1:How service was restored.}\n',
    },
    {
      id: 'timeline',
      title: 'Timeline',
      required: true,
      aliases: ['chronology', 'incident timeline'],
      content: ['timeline'],
      skeleton: '- ${1:HH:MM} UTC - ${2:...}\n',
    },
    {
      id: 'five-whys',
      title: 'Five whys',
      required: false,
      aliases: ['5 whys', 'root cause identification', 'root cause identification the five whys'],
      skeleton: '1. ${1:Why?}\n',
    },
    {
      id: 'root-cause',
      title: 'Root cause',
      required: true,
      aliases: ['root causes', 'root cause analysis'],
      content: ['root-cause'],
      skeleton: '${1:...}\n',
    },
    {
      id: 'backlog-check',
      title: 'Backlog check',
      required: false,
      aliases: ['related records'],
      skeleton: '${1:...}\n',
    },
    { id: 'recurrence', title: 'Recurrence', required: false, aliases: [], skeleton: '${1:...}\n' },
    {
      id: 'lessons-learned',
      title: 'Lessons learned',
      required: false,
      aliases: ['lessons'],
      skeleton: '- ${1:...}\n',
    },
    {
      id: 'corrective-actions',
      title: 'Corrective actions',
      required: true,
      aliases: ['follow up tasks', 'action items', 'corrective and preventative measures'],
      content: ['task-list', 'owner-deadline'],
      skeleton: '- [ ] ${1:Action} — owner: ${2:@name}, due: ${3:YYYY-MM-DD}\n',
    },
  ],
};
