// The blameless-language phrase list, as data: each entry a family of literal phrases, where they count, what to say
// and what to write instead. `.postmortem.json` adds entries, replaces one by its id, or disables ids and families.
import type { BlamelessConfig, BlamelessPhrase } from '../types';

/** The default entries, in the order their findings are preferred when two cover the same words. */
export const DEFAULT_PHRASES: readonly BlamelessPhrase[] = [
  {
    id: 'forgot-to',
    family: 'blame',
    rewrite: 'manual-step',
    phrases: ['forgot to', 'forgotten to', 'forgets to', 'neglected to', 'omitted to'],
    message: "makes a person's memory the cause",
    suggestion: 'say what the step depended on, e.g. "log rotation depended on a manual step"',
  },
  {
    id: 'failed-to',
    family: 'blame',
    when: 'other-person',
    notInTimeline: true,
    phrases: ['failed to', 'fails to', 'did not manage to', "didn't manage to"],
    message: "makes a person's failure the cause",
    suggestion:
      'say what made the step fail or what would have caught it (a missing check, an unclear runbook, a tool that allowed it)',
  },
  {
    id: 'did-not-follow',
    family: 'blame',
    when: 'procedure',
    rewrite: 'not-followed',
    phrases: ["didn't follow", 'did not follow', 'failed to follow', 'ignored', 'disregarded', 'skipped'],
    message: 'blames a person for not following the procedure',
    suggestion:
      'say why the procedure was not followed: it was unclear, out of date, hard to find, or nothing enforced it',
  },
  {
    id: 'should-have',
    family: 'hindsight',
    when: 'person-participle',
    phrases: [
      'should have',
      "should've",
      "shouldn't have",
      'should not have',
      'could have',
      "could've",
      'ought to have',
    ],
    message: 'is hindsight: it judges what people did by what is known now',
    suggestion:
      'describe what happened and what would have helped, e.g. "an alert on queue depth would have caught this"',
  },
  {
    id: 'how-could',
    family: 'hindsight',
    phrases: ['how could'],
    message: 'is hindsight: it asks why people did not know what is known now',
    suggestion: 'ask what the people involved knew at the time and what the system showed them',
  },
  {
    id: 'obviously',
    family: 'hindsight',
    rewrite: 'drop-word',
    phrases: ['obviously'],
    message: 'is hindsight: what is obvious now was not obvious then',
    suggestion: 'drop it and state the fact',
  },
  {
    id: 'careless',
    family: 'character',
    phrases: [
      'careless',
      'carelessly',
      'carelessness',
      'negligent',
      'negligently',
      'negligence',
      'sloppy',
      'lazy',
      'incompetent',
      'incompetence',
      'reckless',
      'irresponsible',
      'stupid',
      'stupidity',
    ],
    message: "judges a person's character",
    suggestion: 'describe what was done and what in the system made it easy to get wrong',
  },
  {
    id: 'mistake-by',
    family: 'blame',
    when: 'person-after',
    phrases: [
      'mistake by',
      'mistakes by',
      'mistake made by',
      'mistakes made by',
      'error made by',
      'errors made by',
      'fault of',
    ],
    message: 'attributes the incident to a person',
    suggestion: 'describe the action and the conditions that let it cause harm',
  },
  {
    id: 'persons-fault',
    family: 'blame',
    phrases: ["'s fault", "'s mistake"],
    message: 'attributes the incident to a person',
    suggestion: 'describe the action and the conditions that let it cause harm',
  },
  {
    id: 'human-error',
    family: 'human-error',
    when: 'cause',
    phrases: [
      'human error',
      'human errors',
      'human mistake',
      'operator error',
      'user error',
      'pilot error',
      'human factor',
    ],
    message: 'given as the cause stops the analysis where it should start',
    suggestion: 'say what let the error through: the missing check, the unclear runbook, the tool that allowed it',
  },
  {
    id: 'be-more-careful',
    family: 'blame',
    notInTasks: true,
    phrases: [
      'be more careful',
      'be careful',
      'pay more attention',
      'be more vigilant',
      'be more attentive',
      'try harder',
    ],
    message: 'asks people to try harder, which does not prevent a repeat',
    suggestion: 'name the safeguard that makes the mistake hard to make: a check, a review, automation',
  },
  {
    id: 'named-subject',
    family: 'named-subject',
    when: 'other-person',
    rewrite: 'passive',
    phrases: [
      'accidentally',
      'mistakenly',
      'inadvertently',
      'unintentionally',
      'erroneously',
      'wrongly',
      'the wrong',
      'a wrong',
      'an incorrect',
      'the incorrect',
      'a broken',
      'a faulty',
      'a bad',
      'made a mistake',
      'made an error',
      'made a typo',
      'messed up',
      'screwed up',
      'took down',
      'brought down',
      'broke the',
      'broke production',
      'caused the outage',
      'caused the incident',
      'caused this',
    ],
    message: 'makes a person the subject of the failure',
    suggestion:
      'make the system the subject: what let it happen (no validation, no review, a shared credential), e.g. "the deploy tool let a wrong config ship"',
  },
];

/** Limits on `.postmortem.json` phrases: every custom phrase is a literal, and the list stays small. */
export const PHRASE_LIMITS = { entries: 200, phrasesPerEntry: 50, phraseLength: 80 } as const;

/** Phrase lists already worked out, by config (configs are read, never changed: the extension keeps one per reload). */
const lists = new WeakMap<BlamelessConfig, readonly BlamelessPhrase[]>();
let defaults: readonly BlamelessPhrase[] | undefined;

/**
 * The phrase list in force: the defaults with the config's entries (a default replaced by an entry with its id,
 * others added), without the disabled ids and families. The same list for the same config (its regexes are compiled
 * once per list).
 */
export function phraseList(config: BlamelessConfig | undefined): readonly BlamelessPhrase[] {
  if (!config) return (defaults ??= Object.freeze(buildList(undefined)));
  let list = lists.get(config);
  if (!list) lists.set(config, (list = Object.freeze(buildList(config))));
  return list;
}

function buildList(config: BlamelessConfig | undefined): BlamelessPhrase[] {
  const disabled = new Set((config?.disable ?? []).map((d) => d.toLowerCase()));
  const custom = config?.phrases ?? [];
  const ids = new Set(custom.map((p) => p.id.toLowerCase()));
  const all = [...DEFAULT_PHRASES.filter((p) => !ids.has(p.id)), ...custom];
  return all.filter((p) => !disabled.has(p.id.toLowerCase()) && !disabled.has(p.family.toLowerCase()));
}
