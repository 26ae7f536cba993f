// The corporate incident-report format (Incident Details … Appendices).
import type { Template } from '../types';

/** Incident report with details, timeline, impact and root-cause analysis, and owned, dated action items. */
export const incidentReport: Template = {
  id: 'incident-report',
  title: 'Incident Report',
  description:
    'Corporate incident report: Incident Details, Introduction, Summary, Timeline, Impact Analysis, Root Cause Analysis, Action Items (Responsible, Deadline), Lessons Learned, Appendices.',
  blameless: 'warning',
  sections: [
    {
      id: 'incident-details',
      title: 'Incident Details',
      required: true,
      aliases: ['details', 'incident information', 'incident info'],
      content: ['start-end', 'time-zone'],
      skeleton:
        '- **Incident ID:** ${1:IR-YYYYMMDD}\n- **Date/Time of Incident:** ${2:Month D, YYYY}, ${3:HH:MM} - ${4:HH:MM} UTC\n- **Report Prepared by:** ${5:Name, Role}\n- **Reviewed by:** ${6:Name, Role}\n',
    },
    {
      id: 'introduction',
      title: 'Introduction',
      required: false,
      aliases: ['background', 'overview'],
      skeleton: '${1:What happened, when, and how it was detected.}\n',
    },
    {
      id: 'summary',
      title: 'Summary of the Incident',
      required: true,
      aliases: ['incident summary', 'summary', 'executive summary'],
      content: ['impact', 'root-cause'],
      skeleton: '${1:What failed, why, and what it cost.}\n',
    },
    {
      id: 'timeline',
      title: 'Timeline',
      required: true,
      aliases: ['chronology', 'sequence of events', 'incident timeline', 'timeline of events'],
      content: ['timeline'],
      skeleton:
        '- **${1:HH:MM} UTC** - ${2:when and how the outage was detected}\n- **${3:HH:MM} UTC** - ${4:when full service was restored, and how}\n',
    },
    {
      id: 'impact-analysis',
      title: 'Impact Analysis',
      required: true,
      aliases: ['impact', 'business impact', 'customer impact', 'impact assessment'],
      content: ['impact'],
      skeleton: '- **Direct Impact:** ${1:…}\n- **Indirect Impact:** ${2:…}\n- **Data Loss:** ${3:…}\n',
    },
    {
      id: 'root-cause-analysis',
      title: 'Root Cause Analysis',
      required: true,
      aliases: ['root cause', 'root causes', 'rca', 'cause analysis'],
      content: ['root-cause'],
      skeleton: '${1:The root cause was ...}\n',
    },
    {
      id: 'action-items',
      title: 'Action Items and Remediations',
      required: true,
      aliases: [
        'action items',
        'remediations',
        'remediation',
        'corrective actions',
        'corrective and preventative measures',
        'follow up actions',
      ],
      content: ['task-list', 'owner-deadline'],
      skeleton:
        '1. **${1:Action title}**\n   - **Action:** ${2:…}\n   - **Responsible:** ${3:Team or person}\n   - **Deadline:** ${4:Month D, YYYY}\n',
    },
    {
      id: 'lessons-learned',
      title: 'Lessons Learned',
      required: true,
      aliases: ['lessons', 'learnings', 'takeaways', 'what we learned'],
      skeleton: '- **Technical:** ${1:…}\n- **Process:** ${2:…}\n',
    },
    {
      id: 'flowchart',
      title: 'Flowchart Diagram',
      required: false,
      aliases: ['flowchart', 'diagram', 'incident flowchart'],
      skeleton: '```mermaid\nflowchart LR\n  A[Detected] --> B[Resolved]\n```\n',
    },
    {
      id: 'appendices',
      title: 'Appendices and Supporting Information',
      required: false,
      aliases: ['appendices', 'appendix', 'supporting information', 'references'],
      skeleton: '- **Appendix A:** ${1:…}\n',
    },
  ],
};
