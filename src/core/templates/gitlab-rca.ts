// GitLab's incident root-cause-analysis (RCA) issue template.
import type { Template } from '../types';

/** GitLab RCA: Summary, Impact & Metrics, Detection & Response, Timeline, Root Cause Analysis, What went well … */
export const gitlabRca: Template = {
  id: 'gitlab-rca',
  title: 'GitLab RCA',
  description:
    'GitLab incident review (RCA): Summary, Impact & Metrics, Detection & Response, Timeline, Root Cause Analysis (5 whys), What went well, What can be improved, Corrective actions.',
  blameless: 'warning',
  sections: [
    {
      id: 'summary',
      title: 'Summary',
      required: true,
      aliases: ['incident summary', 'incident review'],
      content: ['duration', 'impact'],
      skeleton:
        '1. Service(s) affected: ${1:...}\n2. Team attribution: ${2:...}\n3. Time to detection: ${3:N minutes}\n4. Minutes downtime or degradation: ${4:N}\n',
    },
    {
      id: 'impact-and-metrics',
      title: 'Impact & Metrics',
      required: true,
      aliases: ['impact and metrics', 'impact', 'metrics'],
      content: ['impact', 'percent-users'],
      skeleton:
        '| Question | Answer |\n| -------- | ------ |\n| What was the impact | ${1:...} |\n| Who was impacted | ${2:N% of users} |\n',
    },
    {
      id: 'detection-and-response',
      title: 'Detection & Response',
      required: true,
      aliases: ['detection and response', 'detection', 'response'],
      skeleton:
        '| Question | Answer |\n| -------- | ------ |\n| When was the incident detected? | ${1:YYYY-MM-DD HH:MM UTC} |\n| How was the incident detected? | ${2:...} |\n',
    },
    {
      id: 'timeline',
      title: 'Timeline',
      required: false,
      aliases: ['chronology', 'incident timeline'],
      content: ['timeline'],
      skeleton: '- ${1:YYYY-MM-DD HH:MM} UTC - ${2:...}\n',
    },
    {
      id: 'root-cause-analysis',
      title: 'Root Cause Analysis',
      required: true,
      aliases: ['root cause', 'root causes', 'rca', 'five whys', '5 whys'],
      content: ['root-cause'],
      skeleton: '1. Why? ${1:...}\n',
    },
    {
      id: 'what-went-well',
      title: 'What went well',
      required: false,
      aliases: ['went well'],
      skeleton: '- ${1:...}\n',
    },
    {
      id: 'what-can-be-improved',
      title: 'What can be improved',
      required: false,
      aliases: ['what went wrong', 'improvements'],
      skeleton: '- ${1:...}\n',
    },
    {
      id: 'corrective-actions',
      title: 'Corrective actions',
      required: true,
      aliases: ['corrective action', 'action items', 'follow up', 'corrective and preventative measures'],
      content: ['task-list'],
      skeleton: '- [ ] ${1:Issue link} — ${2:owner}\n',
    },
  ],
};
