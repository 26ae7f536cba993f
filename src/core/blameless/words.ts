// Word lists and word forms the blameless reader needs: who can be a subject, which verbs people do, gerunds and
// participles for the rewrites. Plain data and small pure functions.

/** Pronouns that name a person; first and second person ("we forgot to") are people too, but not a third party. */
export const FIRST_PERSON = new Set(['i', 'we', 'you']);
export const THIRD_PERSON = new Set(['he', 'she', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'anyone', 'anybody']);

/** Nouns for a person by role ("a junior engineer on duty", "the on-call", "one of the junior staff"). */
export const ROLE_NOUNS = new Set(['engineer', 'engineers', 'developer', 'developers', 'dev', 'devs', 'admin', 'admins', 'administrator', 'administrators', 'sysadmin', 'sysadmins', 'operator', 'operators', 'intern', 'interns', 'employee', 'employees', 'staff', 'staffer', 'person', 'people', 'reviewer', 'reviewers', 'on-call', 'oncall', 'dba', 'dbas', 'teammate', 'teammates', 'colleague', 'colleagues', 'contractor', 'contractors', 'technician', 'technicians', 'hire', 'member', 'members', 'programmer', 'programmers', 'coworker', 'co-worker', 'manager', 'supervisor', 'newcomer', 'junior', 'juniors', 'child', 'kid', 'guy', 'guys']);

/** Words that may open a role noun phrase. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'my', 'your', 'one', 'of', 'some', 'another', 'two', 'several', 'that', 'this']);

/** Words that end a clause's subject search: a subject starts after the last of these. */
export const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'because', 'since', 'when', 'while', 'after', 'before', 'until', 'then', 'that', 'which', 'who', 'as', 'if', 'once', 'though', 'although', 'where', 'whereas', 'why', 'how', 'what', 'or']);

/** Adverbs and auxiliaries that may stand between a subject and its verb. */
export const BETWEEN = new Set(['just', 'simply', 'also', 'then', 'again', 'already', 'still', 'never', 'once', 'apparently', 'probably', 'likely', 'clearly', 'unfortunately', 'had', 'has', 'have', 'did', 'does', 'do', 'must', 'may', 'might', 'would', 'will', 'accidentally', 'mistakenly', 'inadvertently', 'unintentionally', 'erroneously', 'wrongly', 'carelessly', 'somehow', 'evidently', 'allegedly']);

/** Forms of "be": a phrase after one is passive ("the alerts were ignored"), and passive voice is never flagged. */
export const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets', "wasn't", "weren't", "isn't", "aren't"]);

/** Capitalised words that open sentences or name things, not people. */
export const NOT_NAMES = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'its', 'our', 'their', 'his', 'her', 'my', 'your', 'we', 'they', 'he', 'she', 'i', 'a', 'an', 'one', 'some', 'any', 'each', 'every', 'no', 'all', 'both', 'then', 'there', 'here', 'when', 'while', 'after', 'before', 'because', 'since', 'once', 'if', 'so', 'but', 'and', 'or', 'however', 'also', 'finally', 'first', 'initially', 'later', 'meanwhile', 'unfortunately', 'fortunately', 'luckily', 'sadly', 'eventually', 'apparently', 'nobody', 'someone', 'everyone', 'team', 'traffic', 'requests', 'users', 'customers', 'everything', 'nothing', 'something', 'what', 'which', 'who',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'nginx', 'apache', 'jenkins', 'terraform', 'ansible', 'puppet', 'chef', 'kubernetes', 'docker', 'helm', 'argo', 'spinnaker', 'git', 'github', 'gitlab', 'bitbucket', 'travis', 'cron', 'systemd', 'linux', 'ubuntu', 'debian', 'windows', 'redis', 'postgres', 'mongo', 'kafka', 'elasticsearch', 'prometheus', 'grafana', 'datadog', 'pagerduty', 'opsgenie', 'slack', 'cloudflare', 'lambda', 'envoy', 'istio', 'varnish', 'node', 'python', 'java', 'php', 'wordpress', 'django', 'rails', 'react', 'vercel', 'heroku', 'netlify', 'firebase', 'google', 'facebook', 'meta', 'amazon', 'microsoft', 'apple', 'fastly', 'akamai', 'netflix', 'twitter', 'stripe', 'azure', 'server', 'servers', 'database', 'system', 'service', 'services', 'script', 'pipeline', 'deployment', 'deploy', 'build', 'job', 'bot', 'dependabot', 'renovate', 'automation', 'monitoring', 'alert', 'alerts', 'cache', 'proxy', 'config', 'configuration', 'update', 'migration', 'patch', 'release', 'code', 'change', 'commit', 'haproxy', 'mysql', 'mariadb', 'sentry', 'consul', 'vault', 'nomad', 'circleci', 'buildkite', 'bamboo', 'teamcity', 'octopus', 'flux', 'fluxcd', 'argocd', 'salt', 'saltstack', 'cfengine', 'packer', 'vagrant', 'openstack', 'vmware', 'proxmox',
]);

/** Verbs people do to systems (base forms): a capitalised subject of one of these is read as a person. */
const HUMAN_VERBS = new Set(['deploy', 'push', 'merge', 'run', 'delete', 'remove', 'drop', 'type', 'enter', 'edit', 'change', 'modify', 'apply', 'commit', 'configure', 'misconfigure', 'set', 'update', 'upgrade', 'install', 'uninstall', 'restart', 'reboot', 'shut', 'turn', 'unplug', 'plug', 'kill', 'overwrite', 'copy', 'paste', 'select', 'pick', 'choose', 'use', 'release', 'approve', 'roll', 'revert', 'depower', 'power', 'hit', 'press', 'click', 'pass', 'withdraw', 'send', 'rename', 'move', 'upload', 'truncate', 'wipe', 'format', 'flush', 'purge', 'patch', 'flip', 'toggle', 'mistype', 'misspell', 'ship', 'publish', 'expose', 'leak', 'disable', 'enable', 'break', 'cause', 'take', 'bring', 'make', 'mess', 'screw', 'write', 'assume', 'trigger', 'start', 'stop', 'open', 'close', 'grant', 'revoke', 'rotate', 'provision', 'decommission', 'terminate', 'resize', 'scale']);

/** Irregular past forms and their participles. */
const IRREGULAR: Record<string, string> = {
  ran: 'run', took: 'taken', wrote: 'written', chose: 'chosen', gave: 'given', did: 'done', drove: 'driven', broke: 'broken',
  forgot: 'forgotten', threw: 'thrown', hid: 'hidden', made: 'made', put: 'put', set: 'set', sent: 'sent', cut: 'cut',
  hit: 'hit', shut: 'shut', left: 'left', built: 'built', lost: 'lost', overwrote: 'overwritten', withdrew: 'withdrawn',
  rewrote: 'rewritten', began: 'begun', brought: 'brought', let: 'let', read: 'read', sold: 'sold', told: 'told',
};
const PAST_OF: Record<string, string> = { run: 'ran', take: 'took', write: 'wrote', choose: 'chose', give: 'gave', break: 'broke', put: 'put', set: 'set', send: 'sent', cut: 'cut', hit: 'hit', shut: 'shut', bring: 'brought', make: 'made', withdraw: 'withdrew', overwrite: 'overwrote', rewrite: 'rewrote' };

/** Participles "should have" may take besides -ed forms. */
const PARTICIPLES = new Set(['been', 'done', 'seen', 'known', 'taken', 'given', 'written', 'chosen', 'caught', 'found', 'made', 'run', 'set', 'put', 'kept', 'left', 'sent', 'built', 'thought', 'told', 'had', 'gone', 'spotted', 'brought', 'got', 'gotten', 'understood', 'read', 'heard', 'paid', 'said', 'let', 'rolled', 'shut', 'hit', 'cut', 'begun', 'broken', 'driven', 'forgotten', 'hidden', 'thrown', 'won', 'held', 'felt', 'meant', 'met', 'taught', 'withdrawn', 'rewritten', 'overwritten']);

/** True for a past participle ("tested", "caught", "been"). */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (w.length > 3 && w.endsWith('ed')) || PARTICIPLES.has(w);
}

/** The base form of a verb as written in the past or present ("deployed", "depowers", "ran"), when it is a verb people do. */
export function humanVerb(word: string): string | undefined {
  const w = word.toLowerCase();
  const irregular = Object.keys(PAST_OF).find((b) => PAST_OF[b] === w);
  if (irregular) return irregular;
  const candidates = [w, w.replace(/ied$/, 'y'), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/(.)\1ed$/, '$1'), w.replace(/es$/, ''), w.replace(/s$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e')];
  return candidates.find((c) => HUMAN_VERBS.has(c));
}

/** The past participle of a past-tense verb ("deployed" → "deployed", "ran" → "run"); undefined for other forms. */
export function participleOf(past: string): string | undefined {
  const w = past.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  return w.length > 3 && w.endsWith('ed') ? w : undefined;
}

/** Verbs that double their last consonant before -ing beyond the one-syllable rule. */
const DOUBLE = new Set(['commit', 'submit', 'permit', 'admit', 'omit', 'refer', 'prefer', 'occur', 'control', 'patrol', 'forget', 'begin', 'regret', 'upset', 'equip', 'unplug', 'unzip', 'rerun', 'reset', 'rebut', 'transfer', 'compel', 'propel', 'expel']);

/** The -ing form of a verb's base form ("rotate" → "rotating", "log" → "logging", "renew" → "renewing"). */
export function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'be') return 'being';
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (/(?:ee|ye|oe)$/.test(v)) return `${v}ing`;
  if (v.endsWith('e') && v.length > 2) return `${v.slice(0, -1)}ing`;
  if (DOUBLE.has(v) || /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v)) return `${v}${v[v.length - 1]}ing`;
  return `${v}ing`;
}
