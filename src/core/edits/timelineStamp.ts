// Renders an inserted timeline entry from the `postmortem.timeline.format` pattern ("- **{time} {zone}** - ").
import { formatTimelineStamp } from '../time/format';

/** How the entry looks. */
export interface EntryFormat {
  timeZone: string;
  /** `{date}`, `{time}` and `{zone}` are replaced. */
  format: string;
  /** Put the date in even when the format has no `{date}` (it goes before the time). */
  includeDate: boolean;
}

export const DEFAULT_ENTRY_FORMAT = '- **{time} {zone}** - ';

/** The entry text for a moment, e.g. "- **14:32 UTC** - " or "- **2026-11-27 23:59 UTC** - ". */
export function renderTimelineEntry(date: Date, opts: EntryFormat): string {
  const pick = (format: string): string =>
    formatTimelineStamp(date, { timeZone: opts.timeZone, format: `${format}|Z` }).split('|')[0]!;
  const zone = formatTimelineStamp(date, { timeZone: opts.timeZone, format: 'Z' });
  const time = pick('HH:mm');
  const day = pick('YYYY-MM-DD');
  let format = opts.format || DEFAULT_ENTRY_FORMAT;
  if (opts.includeDate && !format.includes('{date}')) format = format.replace('{time}', '{date} {time}');
  return format
    .replace(/\{date\}/g, day)
    .replace(/\{time\}/g, time)
    .replace(/\{zone\}/g, zone);
}
