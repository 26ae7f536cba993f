// What one timeline entry says, before its neighbours are read: the cues (a notice, a symptom, a step taken, a
// hand-off, a theory, a dead end, a recovery …) that story/phases reads in the context of the whole timeline, and how
// the detection entry says the incident was noticed. Pure: no state between calls.

/** How the incident was noticed, when the detection entry says. */
export type DetectionMethod = 'monitoring' | 'customer' | 'engineer';

/** What the classifier reads of one entry. */
export interface StoryEntry {
  /** The entry's text (its first line after the time) and the text of its nested lines. */
  text: string;
  detail?: string;
}

/** What one entry's words say, before its neighbours are considered. */
export interface Cues {
  alert: boolean;
  notice: boolean;
  symptom: boolean;
  reportOnly: boolean;
  investigate: boolean;
  found: boolean;
  finding: boolean;
  hypothesis: boolean;
  dead: boolean;
  clean: boolean;
  escalate: boolean;
  act: boolean;
  blindAct: boolean;
  probe: boolean;
  restored: boolean;
  strong: boolean;
  partial: boolean;
  onset: boolean;
  postIncident: boolean;
  closure: boolean;
  monitorOnly: boolean;
  /** The blind action (restart, rollback, cache clear) is the entry's main verb, before any check. */
  blindFirst: boolean;
  /** A finding and a fix that only begins ("root cause found and correction begins"). */
  begins: boolean;
  /** Someone tells the team about a problem in everyday words ("a customer tweets a screenshot of the error"). */
  report: boolean;
  /** The entry says it went unnoticed, or was planned: the lead-up, never the detection. */
  leadUp: boolean;
  /** Support or sales telling customers ("Customer success contacted the client"): communication, not work on it. */
  outreach: boolean;
  /** A step that worked for a while ("it worked for like 25 min", "fast again for maybe 10 minutes"): relief, even if the problem came back. */
  relief: boolean;
}

export const ALERT =
  /\b(?:alerts?|alarms?|pager\s?duty|pagers?|opsgenie|monitor(?:ing|s)?|datadog|grafana|new relic|nagios|prometheus|sentry|uptime ?robot|health ?checks?|synthetic (?:checks?|monitors?|tests?|probes?)|dashboards?|(?<!\b(?:push|marketing|promo\w*|sales?|newsletter|in-app) )notifications?)\b/;
const NOTICE =
  /\b(?:detect\w*|notic\w*|spotted|observ\w*|realiz\w*|realis\w*|discovers? (?:the )?(?:outage|issue|problem|error)|reported|(?<!\b(?:the|our|a|an|their|its|his|her|my|this|that) )reporting(?! (?:jobs?|services?|database|db|queries|query|tools?|pipelines?|replicas?|servers?|workers?|scripts?|cron|tables?|dashboards?)\b)|(?:forward|relay|pass)(?:s|es|ed)? (?:[\w"'.,-]+ ){0,12}?to (?:the |our |an? )?(?:[\w#-]+ )?(?:channel|developers|engineers|devs|on-?call|engineering(?: team)?)\b|(?<!news )reports? (?:of|that|from)|paged|pages (?:the|an?)\b|(?:users?|customers?|clients?|teachers?|people) (?:\w+ )?reports?|complain\w*|(?<!\bhad )flagged|triggered|fired|screamed|(?:went|goes|go|going) off|(?:customers?|users?|clients?|visitors?|someone|somebody|a (?:[\w-]+ )?(?:customer|user|client|visitor|student|parent|teacher|member)) (?:[\w-]+ ){0,2}?(?:called|calls|phoned|rang|emailed|messaged|texted|wrote|tweeted|complained)\b|(?:got|get|gets|getting|hit|hits) (?:an? |the )?(?:[\w"'-]+ ){0,3}?(?:error|errors|error message|warning|5\d\d|4\d\d|blank page|white screen)\b|(?:got|gets|getting|hit|hits) (?:an? |the )?(?:[a-z]{2,}[_-]?\d{3,}|err_[a-z_]+)\b|(?:writes?|wrote|posts?|posted) (?:in|on|to) (?:our|the|a|their) (?:[\w-]+ ){0,3}?(?:group|chat|channel|server|forum|inbox|helpdesk|help desk|mailbox)\b|inbox (?:\w+ ){0,2}(?:fill|flood)\w*|(?:phones?|lines?|hotline) (?:started|starts|began|begins|kept|keeps|start) ringing|(?:inbox|whatsapp|dms|mentions|chat|group|timeline)s? (?:was |is |were |are )?(?:full|flooded) (?:of|with)\b|(?:see|sees|saw|seeing) (?:[\w"'-]+ ){1,4}?(?:where|instead of) (?:my|our|the|their|his|her)\b|first (?:sign|report|identified|noticed)|first (?:[\w-]+ )?(?:tickets?|complaints?|reports?|e-?mails?|calls?|messages?|tweets?|posts?|reviews?)\b|(?:issue|problem|outage|error|fault)s? (?:was |were )?(?:first )?(?:detected|identified|noticed|discovered|reported|observed|realized)|(?:receiv(?:e|es|ed|ing)|gets?|got) (?:an? |the )?(?:\w+ ){0,2}(?:alerts?|notifications?|pages?|pager|calls?|reports?)|(?:receiv(?:e|es|ed|ing)|gets?|got|getting|woke up to) (?:(?!error)[\w-]+ ){0,3}?(?:of )?(?:e-?mails?|messages?|texts?|tweets?|dms?|tickets?|complaints?|calls?|reviews?|comments?)\b|(?:has|had|have|with) (?:\d+|several|many|dozens of|a few) (?:new |angry )?(?:e-?mails?|messages?|tickets?|complaints?|comments?)\b|(?:yell|shout|scream)(?:s|ed|ing)? (?:from|that|at|to)\b|(?:writes?|wrote|posts?|posted) (?:in|on|to) (?:#[\w-]+|slack|teams|discord|whatsapp|telegram|mattermost)|drop(?:s|ped)? (?:a )?messages? (?:in|on|to)\b|(?:users?|customers?|someone|somebody|people|clients?) (?:on|via) (?:twitter|x|facebook|instagram|whatsapp|reddit|tiktok)\b|forward(?:s|ed)? (?:[\w-]+ ){0,3}?(?:in|to) #[\w-]+|alerted (?:the )?on-?call\b|(?:support|helpdesk|help desk|customer) (?:tickets?|e-?mails?|mails?|complaints?)\b|\d-star reviews?|exclaimed|(?:sends?|sent) (?:us |me |him |her )?(?:a |an )?(?:[\w-]+ )?(?:dm|direct message|message|e-?mail|text|screenshot|complaint)\b|(?:that'?s|that is|this is|which is|was) how (?:i|we|they|he|she) (?:found out|learned|learnt|noticed|knew)\b|alerted (?:us|me|the team|the engineers?)\b|(?:identified|noticed|spotted|discovered|found|reported) by)\b/;
const SYMPTOM =
  /\b(?:errors?|5\d\d'?s?|5xx'?s?|down|outage|unavailable|unreachable|unresponsive|failing|fails|fail(?:ed|ure)s?|slow\w*|latency|time-?outs?|times? out|timed out|timing out|unable|cannot|can't|could not|couldn't|crash\w*|spike\w*|not (?:loading|responding|working|accessible|arriving|coming|showing|sending|delivered|reachable)|inaccessible|offline|broken|impossib\w*|permission denied|(?:has |have |had )?expired|(?:http|status|error|returns?|returned|returning|gave|gives|got) (?:code |an? )?4\d\d\b|\b4\d\d (?:errors?|responses?|status)|(?:logged|kicked|thrown|signed) (?:\w+ )?out|oom\w*|out of memory|frozen|freez(?:es|ing)|hangs|hanging|hung|stuck|blank (?:page|screen)|white screen|(?:loading|spinning|hanging|taking) forever|takes? forever|keeps? (?:loading|spinning|buffering|crashing|failing|refreshing)|spins? forever|(?:nobody|no one|no-one) can)\b/;
const REPORT_ONLY =
  /\b(?:(?:began|begin|started|start|kept|keep) (?:raising|opening|filing|sending|submitting) (?:\w+ )?(?:tickets?|complaints?|messages?)|(?:more|other|further|additional|several)\s+(?:\w+\s+)?(?:users?|customers?|reports?|complaints?)|complaints? (?:began|started|continued|arriv\w*|poured)|users? (?:began|started|continued) (?:to )?report\w*|reported similar|(?:began|started|kept|continued) (?:to )?(?:forward|relay|pass)\w* (?:on )?(?:\w+ )?(?:complaints?|reports?|tickets?))\b/;
const INVESTIGATE =
  /\b(?:investigat\w*|check(?!outs?\b)\w*|look\w* (?:at|into|through|in)|looked|review\w*|analy[sz]\w*|debug\w*|inspect\w*|examin\w*|diagnos\w*|trac(?:ed|ing|es)|strace|linked|correlat\w*|curl\w*|ran|running|run|test\w*|verif\w*|confirm(?!ations?\b)\w*|identif\w*|found|find|finds|discover\w*|reveal\w*|determin\w*|search\w*|queried|logs?|deep dive|dig\w*|explor\w*|research\w*|pinpoint\w*|narrow\w*|diagnostics|triage\w*|studied|scann\w*|ping\w*|logged (?:in|into|onto)|read\w*|crawl\w*|follow\w* (?:multiple |several )?tutorials|trying to identify|stares?|reproduc(?:e|es|ed|ing)|filter(?:s|ed|ing)? (?:[\w'-]+ ){0,3}?by|split(?:s|ting)? (?:[\w'-]+ ){0,3}?by|(?:break(?:s|ing)?|broke) (?:[\w'-]+ ){0,3}?down by)\b/;
const FOUND =
  /\b(?:identified|found|discovered|revealed|realized|realised|determined|pinpointed|traced|confirmed|exposed|spotted|caught|located)\b[^.]{0,80}\b(?:cause|culprit|typo|misconfigur\w*|bug|expired|responsible|leak|wrong|incorrect|misspel\w*|missing|bottleneck|fault\w*|problem was|issue was|error in|attack|ddos|hardware failure|mistake)|\b(?:root cause|cause|culprit) (?:was )?(?:identified|found|confirmed|determined|discovered|revealed)|\broot cause\b[^.]{0,20}:/;
/** A discovery of something (not "found no issues"): a real finding. */
const FINDING =
  /\b(?:identified|found|finds|(?<!\bto )find|discovered|discovers|revealed|revealing|reveals|realized|realised|determined|pinpointed|traced|traces|exposed|spotted|caught|located|showed|shows|showing|(?<=\b(?:diff|log|logs|output|graph|dashboard|trace|report|page|result|results) )show|indicated|indicating)\b(?! (?:no|nothing|none)\b)(?! that (?:there (?:was|were) no|everything))/;
/** What the reports have in common ("all the complaining customers are on the same network"): a finding. */
const PATTERN =
  /\b(?:all|every|only|each) (?:of )?(?:the |our |these |those )?(?:[\w-]+ ){0,3}?(?:are|were|is|was|use|uses|used|using|come|comes|came|coming|from|on|have|had|share|shared|hit|hits)\b[^.;]{0,40}?\b(?:the same|a single|one single|only one|only from|only on)\b/;
const HYPOTHESIS =
  /\b(?:wonder(?:ed|ing|s)? (?:if|whether|about)|thought (?:maybe|perhaps)\b|(?<=^\W{0,3})thought (?!(?:of|about)\b)|thought (?:[\w'-]+ ){1,3}?(?:had|was|were|is|might|must|could|would)\b|mislead\w*|misled|red herring|assum\w*|suspect\w*|suspicion|initial (?:theory|hypothesis)|theory|hypothes\w*|(?:thought|thinking) (?:it|that|the)|(?:thinks? (?:it|that|the)|(?:i|we|they) think(?![.,;:!?)]|$))\b(?! (?:[\w'-]+ ){0,3}?(?:is|was|are|were|looks?) (?:ok|okay|fine|good|healthy|normal)\b)|believ\w*|initial\w* (?:investigation |focus\w* |efforts? )?(?:focus\w*|concentrat\w*|centred|centered)|(?:attention|focus) (?:was |initially )?(?:on|shifted)|focus(?:ed|ing)? on (?:a |the )?(?:potential|possible)|consider\w* (?:a |the )?(?:potential|possible)|(?:focus|attention) (?:\w+ )?(?:to|on|towards) (?:a |the )?(?:potential|possible)|(?:potential|possible) (?:\w+ ){0,3}(?:was|were) considered|in case|wrong (?:path|lead|direction|track)|(?:first|initial|my|our|best|educated) guess|guess(?:es|ed|ing)? (?:it|that|the|an?)\b|\bmaybe (?:the|it|a|an|this|that|some|our|something|someone)\b(?! (?:few |couple (?:of )?)?(?:minutes?|mins?|hours?|seconds?|days?|weeks?|while|bit|little|half|dozen|hundred|thousand)\b)|hunch|first (?:idea|thought)|chas(?:e|es|ed|ing) (?:the |a |an )?(?:idea|theory|lead|ghost)|(?:was|were|am|felt) (?:so |pretty |fairly |quite |really |100% )?(?:sure|convinced|certain) (?:it|that|the|this)|convinced (?:it|that|the|this) (?:was|is|had|were)\b|figured\b(?! out)|jump(?:ed|s) to (?:the |a )?conclusions?|because (?:this|it|the same(?: thing)?) (?:had )?happened (?:to us )?(?:before|last|in|once)|like last (?:time|month|week|year)|hoping|in the hope|worr(?:ied|ies) (?:that |the |it |about )|decid(?:e|es|ed) (?:[\w'-]+ ){0,3}?(?:it|that|the problem|the issue) (?:is|was|must|has)|presum\w*|blam(?:e|ed|es|ing) (?:the|it|our|a|an)|talked (?:myself|ourselves|himself|herself|themselves) into|must (?:be|have been)|thinking (?:a|an|maybe|perhaps|some)|(?:might|may|could) (?:be|have been) (?:a|an|the|some|stuck|down|wrong|broken|caused)\b|theory)\b/;
/** An attempt that did not help, or a path closed ("found no issues", "attention shifted"). */
const DEAD =
  /\b(?:dead[- ]end|barking up the wrong tree|lost (?:\d+|a few|ten|fifteen|twenty|thirty) (?:min\w*|hours?) (?:here|there|on (?:this|that|it))|back at the same (?:rate|level)|wrong tree|rabbit[- ]hole|(?:wild )?goose chase|false (?:lead|alarm|trail|positive)|not the (?:cause|culprit|issue|problem)|did(?:n't| not) (?:help|fix|work|resolve|solve|yield|reveal|give)|(?<!\b(?:does|do|will|would|could|can|should|may|might) )not help(?:ed|ing|s)?\b(?! (?:us|me|them|him|her|the|to)\b)|(?:issue|problem|error|outage)s? (?:still |remained |was still )?persist\w*|(?<!\b(?:because|since|as) [^.;]{0,40})(?:still|remained) (?:there|failing|down|broken|present|unstable|occurring)|still (?:empty|blank|missing|wrong|zero|no results|returns? nothing|returning nothing)\b|issue still|ineffective|unsuccessful\w*|to no avail|in vain|without (?:success|luck|effect)|unhelpful|no useful|wasn't the|was not the|turn(?:ed|s) out (?:not|to be (?:unrelated|irrelevant|fine|normal|a (?:distraction|red herring|dead end)))|(?:was|were|is) (?:\w+ )?(?:irrelevant|unrelated|a distraction)|(?:led|leads|went|goes|got|gets) nowhere|wasted? (?:[\w'-]+ ){0,3}?(?:on|chasing|looking|trying)|still broken|unable to (?:renew|fix|resolve|restore)|(?:were|was) unable to|(?:attention|focus|investigation) (?:\w+ )?shift\w*|shift\w* (?:my |our |their |the )?(?:focus|attention) |(?:had|has|have) nothing to do with|\b(?:is|was|it'?s|that'?s|its) not (?:this|that|it)\b(?! (?:is|was|one))|(?<=^|[.;:!]\s?)no change\b(?! (?:in|to|of|was|were|had|has|since))|(?:made|makes|with|had|has|saw|showed|produced) no (?:change|difference|effect|improvement)|no (?:difference|improvement)|nothing (?:chang(?:e|es|ed)|happen(?:s|ed)?|improv(?:e|es|ed))|still (?:the )?same\b|kept (?:on )?(?:growing|restarting|crash\w*|failing|rising|climbing|increasing|dropping|timing out|erroring|happening|going up|coming back|returning)\b|still (?:logging|kicking|locking|throwing|returning|crashing|erroring|happening|dropping|rejecting|refusing|hanging|looping)\b|no (?:luck|dice|joy)|(?:stays?|stayed|remains?|remained) (?:at |on )?(?:[45]\d\d|down|broken|red|offline|unreachable|the same)\b|not (?:an? |the )?(?:[\w-]+ ){0,2}?after all|(?:does|did|do)(?: not|n't) (?:move|budge|change|improve|drop|recover)\b|(?:ratio|rate|count|errors?|lag|latency|numbers?|graphs?) (?:is |was |stays? |stayed |remains? |remained )?(?:completely |totally )?unchanged|(?:climbed|went|shot|jumped|crept|came) (?:right |straight )?back up|(?:climbed|shot|jumped|crept) (?:right |straight )?back\b|(?:^|[.;:!,] ?)(?:so |and |but |nope,? |ok,? |okay,? )?not (?:it|this|that)(?=[.!]|$)|(?:continu\w*|remain\w*|stay\w*|keeps?|kept) (?:exactly |just |much |pretty much )?the same\b|(?:problem|issue|cause|fault|bug) (?:is |was )?not (?:there|here|in)\b|(?:^|[.;:!,] ?)still no\b|refus(?:es|ed|ing) to (?:come back|come up|start|restart|boot|load|run|work)\b|(?:die|dies|died|dying|dead|crash(?:es|ed)?|fail(?:s|ed)?|break(?:s)?|broke|(?:go|goes|went) down|stuck|hung|hanging|frozen|blocked|unresponsive) again|(?:(?:start(?:s|ed)?|began|begins?) )?(?:fail(?:s|ing)?|break(?:s|ing)?|erroring) too\b|(?:making|made|makes|make) (?:it|things|matters|everything) worse|(?:continues|continued|is still|was still|stays|stayed) there\b|help(?:ed|s)? (?:nobody|no one|no-one|nothing)\b|(?:got|gets|getting|became|becomes|grew|grows|went|goes) (?:even |much |a lot )?worse\b|worse, not better|(?:my|our|his|her|an|the|first|second|every) attempts? to \w+ (?:[\w'-]+ ){0,3}?failed|(?:changed|fixed|helped|solved|improved|did|achieved) nothing|(?:grow|grows|grew|growing|climb\w*|rise|rises|rose|rising|increas\w*|pil(?:es|ed|ing)) (?:up )?(?:even |much |a lot |way )?faster|\bbut (?:[\w'-]+ ){0,4}?still (?:says?|said|show(?:s|ed|ing)?|displays?|displayed|reads?|lists?|listed|returns?|returned|gives?|gave|got|gets|no|not|nothing|fail\w*|error\w*|broken|down|empty|missing|wrong|the same|[45]\d\d)\b|\bbut (?:[\w'-]+ ){0,6}?(?:wrong|broken|failing|fail(?:ed|s)|errors?|stale|empty|missing|down|crash\w*) (?:[\w'-]+ ){0,4}?again\b)\b/;
/** Relief that lasted a while after a step: a temporary fix that worked (not "dropped for a minute", not "right back"). */
const RELIEF =
  /\b(?:as an? (?:quick|temporary|first|short-term|stopgap|interim) (?:relief|fix|workaround|measure|mitigation)|(?:quick|temporary|stopgap|short-term|interim) (?:relief|workaround))\b|\b(?:worked|helped|(?:fast|fine|ok|okay|normal|better|quick|responsive|stable|up) again|(?:was|were|is|are|became|become|becomes|looked|looks|seemed|stayed) (?:fine|ok|okay|normal|fast|better|stable|healthy|quiet|back|up)|came (?:back|up)) (?:[\w'-]+ ){0,2}?for (?:like |maybe |about |around |roughly |almost |nearly |~)?(?:[1-9]\d+|[5-9]|a few|a couple of|several|ten|fifteen|twenty|thirty|forty|an?|half an?|one|two) ?(?:min(?:ute)?s?|hours?|while)\b/;
/** Support or sales reaching out to customers: communication, not a hand-off. */
const OUTREACH =
  /^\W*(?:our |the )?(?:customer (?:success|support|service|care)|support|account managers?|comms|communications|marketing|sales)(?: team| desk)? (?:\w+ )?(?:contact(?:s|ed)|e-?mail(?:s|ed)|call(?:s|ed)|notifie[sd]|inform(?:s|ed)|messag(?:es|ed)|wr(?:ote|ites) to|reach(?:es|ed) out)\b/;
/** A status page that shows all is well ("their status page showed all systems operational"). */
const STATUS_WELL =
  /\bstatus (?:page|dashboard)s?\b[^.;]{0,60}?\b(?:operational|green|all systems?|no (?:known |reported )?(?:incidents?|issues?|outages?))/;
/** Telling users or a group (posted in the group, emailed the customers, announced). */
const ANNOUNCE =
  /^\W*(?:an? |the )?(?:status |short )?(?:message|update|notice|e-?mail|announcement)s? (?:was |were )?sent to (?:all |our |the )?(?:[\w-]+ )?(?:merchants|customers|users|clients|partners|parents|students)\b|^\W*(?:the |our )?status page (?:was |is )?updated\b|^\W*(?:(?:we|i|support|[a-z]+) )?(?:posted|posts|announced|announces|tweeted|tweets|emailed|emails) (?:in|on|to) (?:the |our |a |all )?(?:[\w-]+ ){0,2}?(?:group|channel|customers|users|clients|parents|students|twitter|facebook|instagram|whatsapp|status page)\b|^\W*(?:(?:we|i|support) )?(?:announced|announces)\b/;
/** An entry introduced as a stopgap ("As a workaround, …"). */
const STOPGAP_LEAD =
  /^\W*as an? (?:[\w-]+ )?(?:workaround|stopgap|stop-gap|band-?aid|bandage|temporary (?:fix|measure))\b/;
/** "Still" before what is still wrong ("printing still fails", "still nothing loads"): the step before did not help. */
const STILL_BROKEN =
  /\bstill (?:[\w'-]+ ){0,3}?(?:nothing|no|not|never|fail\w*|errors?|erroring|down|broken|[45]\d\d|slow\w*|crash\w*|time\w* out|timing out|hang\w*|stuck|frozen|blank|unavailable|unreachable|same)\b/;
/** A check that came back clean: investigation, unless the thing checked was a suspect (then the path is closed). */
const CLEAN =
  /\b(?:no (?:\w+ ){0,2}(?:issues?|anomal\w*|abnormal\w*|evidence|problems?|errors?|exceptions?|spike)|found nothing|nothing (?:was )?found|behav\w* (?:correctly|normally|fine|as expected)|nothing (?:wrong|unusual|suspicious|useful)|(?:looks?|looked|seemed|appeared) (?:innocent|fine|normal|ok|okay|healthy)|innocent|shows? (?:its|it's|it is) ok|(?:confirm\w*|showed|shows) (?:normal|healthy)|normal operation|ruled out|rule out|were (?:properly )?running|was (?:properly )?running|(?:is|was|were|are) (?:fine|normal|ok|okay|healthy)|(?:is|was|are|were) (?:still )?(?:valid|intact|unchanged|untouched)\b|(?:is|was|are|were) (?:the )?same as (?:before|yesterday|last \w+)|(?:had|showed|shows|has|have) nothing\b|nothing there|no (?:incident|outage)s? (?:on|at|in) (?:their|there|its|our)|(?:status|status page|dashboard) (?:is |was |shows? |showed )?(?:green|all green))\b/;
const ESCALATE =
  /\b(?:escalat(?:ed|e|es|ion)|escalating (?:to|the (?:incident|issue))|paged|page[ds]? (?:the|an?|our)|notif(?:ied|y|ying)|alerted|contacted|informed|informs? (?:the|our|my|his|her|their|an?)\b|let (?!us\b|me\b)(?:[\w'-]+ ){1,5}?know\b|(?:jump(?:ed|s)?|hopp?(?:ed|s)?) (?:on|onto|into) (?:a |the |our )?(?:call|bridge|zoom|meet|huddle|hangout)|called in(?:to)?|called(?! it\b)|(?<!\b(?:that|which|it|script|job|code|function|service|client) )calls (?:the|a|an|our|my|his|her|their|in|him|them|for)\b(?! (?:[\w-]+ ){0,3}?(?:endpoints?|api|apis|functions?|methods?|webhooks?|urls?|routes?)\b)|(?:brought|looped|pulled) in(?:to)?|summoned|hand(?:s|ed)? (?:over|off)|(?:hand|pass)(?:es|s|ed) (?:[\w'-]+ ){1,4}?(?:over )?to|g(?:ot|ets) (?:[\w'-]+ ){1,5}?to (?:look|help|check|fix|restore|investigate|review|take|join)|(?:looped|roped) (?:[\w'-]+ ){1,3}?in(?:to)?|hand(?:ed)?[- ]?off|handled by|reached out|engaged|involved|assigned|(?<!\b(?:e-?mails?|messages?|texts?|sms|otps?|packets?|requests?|traffic|data|payments?|orders?|files?|codes?|results?|responses?|alerts?|notifications?|tickets?|reports?|complaints?|calls?|mails?|letters?|deliver(?:y|ies)) )arrived|woken(?: up)?|(?:was|were|got|gets) (?:woken|called|paged|phoned|rung)\b|forward(?:s|ed|ing)? (?:it |this |them |the (?:[\w-]+ )?(?:tickets?|issues?|cases?|reports?) )?to (?:me|us|him|her|the|our|an?|his|their)\b|joined|joins\b(?! (?:the |a |an )?(?:tables?|rows?|data|queries|results)\b)|t(?:ook|akes) (?:over|control)|stepped in|raced to|ticket (?:#?[\w-]+ )?(?:was )?(?:opened|raised|filed|created)|rais(?:e|es|ed|ing) (?:a |an |the )?(?:[\w-]+ )?(?:ticket|case)\b|open(?:s|ed|ing)? (?:a|an) (?:[\w-]+ )?(?:ticket|case|incident)\b(?! channel)|(?:handed|passed) (?:over )?to|posts? (?:in|to|on) (?:our|the) #?(?:dev|devs|developers?|eng|engineering|tech|ops|on-?call|infra|backend|sre)\b[\w-]* (?:channel|group|chat)|open(?:s|ed|ing)? (?:a|an) (?:[\w-]+ )?(?:chat|conversation|request) with\b|pings? #[\w-]+|pinged #[\w-]+|cavalry|received (?:a |an )?notification|incident commander|declares? (?:an? |the )?incident|sought help|(?<!-)(?:call(?:s|ed)?|ping(?:s|ed)?|rings?|rang|phon(?:e|es|ed)|texts?|texted|messag(?:e|es|ed)|forward(?:s|ed)?|pag(?:e|es|ed)|ask(?:s|ed)?|contact(?:s|ed)?|buzz(?:es|ed)?|tag(?:s|ged)?|dm(?:s|ed|'d)?|e-?mailed|e-?mails?(?= (?:my|our|the|a|an|his|her|their|all) )|slack(?:s|ed)?|w(?:oke|akes?|aked) up|t(?:old|ells?)|warn(?:s|ed)?|whatsapp(?:s|ed)?|wrote to|writes? to)(?! (?:if|whether|why|how|what|when)\b) (?:[\w+'.,-]+ ){0,4}?(?:to |\()?(?:my|our|the|a|an|his|her|their) (?:[\w'-]+ ){0,2}?(?:supervisor|manager|boss|lead|team|colleague|engineer|admin|administrator|dba|sre|on-?call|expert|vendor|mentor|owner|provider|specialist|friend|president|founder|guy|folks|people|person|dev|developer|senior|helpdesk|help desk|hosting (?:company|provider)|isp|registrar|instructor|teacher|coach|cto|ceo|architect|contractor|consultant|department|group|chat)s?\b|ask(?:s|ed) (?:for help|the|my|our|his|her|their|someone|somebody)|ask(?:s|ed) (?:the )?(?:marketing|sales|support|ops|security|finance|legal|network|infra\w*|devops|dba|backend|frontend)(?: team)?\b|e-?mailed (?:the |our )?(?:[\w-]+ ){0,2}?(?:provider|vendor|registrar|host|hosting|isp)(?: support)?\b|ask(?:s|ed) (?:[\w',-]+ ){1,5}?for help|consult(?:s|ed|ing)? with\b|consult(?:s|ed|ing)? (?:the |our |my |an? )?(?:[\w'-]+ )?(?:team|engineers?|experts?|vendor|provider|colleagues?|lead|manager|senior|dba|architect|mentor|support|specialists?)\b)\b/;
const AGENT =
  /\b(?:team|teams|engineers?|admin\w*|developers?|devs?|managers?|lead|leads|leaders?|supervisor\w*|on-?call|dba|dbas|sre|sres|devops|ops|operations|vendor|support|authority|provider|experts?|colleagues?|cto|ceo|noc|security|network|networking|backend|back-end|frontend|infrastructure|staff|specialists?|sysadmins?|administrators?|school|customer success|we|us|he|she|they|I|[A-Z][a-z]+)\b/;
/** Someone contacted by name or pronoun ("woke Dimitri", "Messaged Priya", "I bring in Wanjiru", "so i call him"). */
const CONTACT_NAME =
  /(?<![-\w])(?:[Cc]all(?:s|ed)?|[Pp]ing(?:s|ed)?|[Pp]ag(?:e|es|ed)|[Mm]essag(?:e|es|ed)|[Tt]ext(?:s|ed)?|[Ee]-?mail(?:s|ed)?|[Ww](?:oke|akes?|aked)(?: up)?|[Bb]r(?:ing|ings|ought) in|[Rr]ais(?:e|es|ed) (?:it|this|the (?:issue|problem)) with|[Aa]sk(?:s|ed)?|[Cc]ontact(?:s|ed)?|[Bb]uzz(?:es|ed)?|[Rr]ang|[Rr]ings?|[Pp]hon(?:e|es|ed)|DM(?:s|ed|'d)?|[Tt]ag(?:s|ged)?|[Ll]oop(?:s|ed)? in|[Gg]ot hold of|[Rr]each(?:es|ed)? out to) (?:(?:our|my|the) [a-z]+ )?(?:(?!(?:The|It|This|That|A|An|Our|My|It's|Nginx|Apache|Redis|Docker|Kubernetes|Mongo\w*|Postgres\w*|MySQL|Google|AWS|Azure|Heroku|Cloudflare)\b)[A-Z][a-z\u00e0-\u00ff]+|him|her|them)(?![\w\u00e0-\u00ff])/;
const QUOTED = /"[^"\n]{0,300}"|\u201c[^\u201d\n]{0,300}\u201d/g;
/** "was (actively) deleting", "were restarting", "kept reloading": something going on by itself, not a step taken. */
const ONGOING = /\b(?:was|were|is|are|kept|keeps|been|being)(?: \w+ly)? $/;
/** "was being killed" (something done to it, seen), "status page updated" (a vendor telling its users). */
const TOLD_STATE = /\b(?:being|status page(?: was| is| got)?) $/;
/** "restarted 4 times", "restarting in a loop": something that happened by itself, again and again. */
const REPEATS =
  /^ (?:(?:\d+|several|many|multiple|a few|two|three|four|five|six|ten|dozens of) times\b|in a (?:crash )?loop|repeatedly|over and over|every (?:\d+ |few |couple of )?(?:seconds?|secs?|minutes?|mins?)\b)/;
/** "Changing the column would take hours": a step weighed, not taken. */
const PLAN_AFTER =
  /^(?:[^.;]|\.(?=\S)){0,60}?\b(?:(?:would|could|might) (?:take|need|require|mean|be|cost|lock|block|break)|(?:is|was|would be) (?:safe|fine|ok|okay|risky|dangerous|possible))\b/;
/** A step proposed, not taken. */
const PROPOSAL =
  /\b(?:propos(?:es|ed|ing)|suggest(?:s|ed|ing)|recommend(?:s|ed|ing)|plans? to|planning to|the idea (?:is|was)|we could|could we|should we)\b/;
/** An action dated before the incident ("a rule added on 2 May", "changed last week"): history, not a step taken. */
const PAST_REF =
  /^[^.;]{0,12}?\b(?:since (?:the|a|an|last|its|their|our|\d|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b|on \d|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|last (?:week|month|night|year|sprint|release)|yesterday|(?:\d+|a|two|three|few) (?:days?|weeks?|months?) (?:ago|earlier|before)|the (?:week|day|night) before)\b/;

/** A corrective action, in the forms that say it was done (nouns like "update" or "failover" are not actions). */
const ACT =
  /\b(?:(?:creat(?:es|ed|e)|add(?:s|ed)?|sets? up|issu(?:es|ed)|generat(?:es|ed)) an? (?:temporary|temp|interim|stopgap|manual|static|one-off) |roll(?:ed|ing)? ?back|rolled-back|revert(?:ed|ing)|restart(?:ed|ing|s)?(?! (?:counts?|loops?|stop\w*|continu\w*|climb\w*|increas\w*|going|keep\w*|policy|polic\w*))|reboot(?:ed|ing)?|reload(?:ed|ing|s)?|failed over|failing over|scal(?:ed|ing) (?:up|out)|scal(?:ed|es) (?:the |our |it |them )?(?:[\w-]+ ){0,2}?(?:down|back|to \d)|scaling measures|spinning up|patch(?:ed|ing)|hot-?fix(?:ed|es)?|fix(?:ed|es|ing)?|deploy(?:ed|ing)|applied|applying|workaround|redeploy\w*|replac(?:ed|ing)|increas(?:ed|ing)|freed|clear(?:ed|ing)|flush(?:ed|ing)|disabl(?:ed|ing)|re-?enabl(?:ed|ing)|reconfigur(?:ed|ing)|chang(?:ed|ing)|change (?:all|the|it|them|to)|updat(?:ed|ing)|corrected|correcting|implement(?:ed|ing)|renew(?:ed|ing)|kill(?:ed|ing|s)?|stopp(?:ed|ing)(?! \w+ing\b)|install(?:ed|ing|s)|delet(?:ed|es|ing)|re-?creat(?:ed|es|ing)|halted|adds|forces|(?:was|were) (?:started|launched|kicked off|begun) by (?!(?:the|a|an|our|cron|systemd|kubernetes|k8s|autoscaler|scheduler|jenkins|ci)\b)[a-z]+\b|re-?(?:ran|run|runs|running)\b(?! (?:the |a |an |our )?(?:tests?|checks?|quer(?:y|ies)|diagnostics?|plan|explain|curl|probes?)\b)|(?:ran|executed|triggered|kicked off) (?:[\w.'`-]+ ){1,4}?(?:by hand|manually)\b|(?:extend|expand|grow|grew|resiz|enlarg)(?:ed|s|es)? (?:the |a |our |its |their )?(?:[\w-]+ ){0,2}?(?:disk|volume|filesystem|fs|partition|storage|quota|window|deadline|trial|subscription|paid_until|expiry|validity)s?\b|(?:disk|volume|filesystem|fs|partition|storage|ebs|pvc)s? (?:was |were |got |is )?(?:extended|expanded|grown|resized|enlarged)\b|(?:swap|switch|switchover|failover|rollback|restart|migration|fix|patch|upgrade|purge|flush|cleanup|clean-up|reindex|rebuild|resize|deploy|deployment|redeploy|conversion|restore|renewal|rotation|backfill|replay|sync|resync|synchroni[sz]ation)s? (?:is |was |were |are )?(?:done|completed?|finished)\b|launch(?:ed|es)? (?:a |an |the )?(?:full |manual |new )?(?:sync|resync|re-sync|synchroni[sz]ation|backfill|reindex|re-index|replay|rebuild|import)\b|(?:we|i|they|then) (?:now |then |also |quickly |manually )?turn (?:on|off)\b|forc(?:ed|ing) (?:a|an|the)\b|start(?:ed|s)? (?:the )?(?:(?!around\b|behind\b|ahead\b|second\b)[a-z][\w-]{2,}d|nginx|apache2?|redis|mysql|postgres\w*|php-fpm|docker|cron|gunicorn|uwsgi|haproxy|varnish|memcached)\b(?! (?:at|to|on)\b)|start(?:ed|s)? (?:the )?(?:[\w-]+ )?(?:service|daemon|container|worker|process)s? (?:again|back)\b|(?:rais|lower)(?:ed|es) (?:[\w'-]+ )?(?:back )?to ~?\d|(?:certificate|cert)s? (?:[\w-]+ ){0,12}?(?:was |were )?(?:requested|issued|installed) (?:[\w-]+ ){0,6}?(?:issued|installed|deployed|within)\b|(?:sent|issued|processed|made) (?:the |all )?(?:[\d,.]+ )?refunds\b|(?:rais|increas)(?:ed|es) (?:the |our |a )?(?:[\w-]+ )?(?:budget|quota|cap|spending limit)\b|(?:re-?link(?:ed|s)|link(?:ed|s) (?:[\w'-]+ ){1,4}?again)\b|(?:maintenance (?:page|mode)|read-only mode|fallback page|status banner)s? (?:was |were |is )?(?:enabled|turned on|switched on|put up|activated)\b|(?:enabl|activat)(?:ed|es|ing) (?:the |a |our )?(?:maintenance (?:page|mode)|read-only mode|fallback page)\b|point(?:ed|s) (?:the |our )?(?:[\w.-]+ ){0,2}?(?:domain|dns|traffic|users|site|record|load balancer|cname|url) (?:[\w.-]+ ){0,2}?to\b|(?:was|were|got|been) put (?:behind|in|into|on|back|under)\b|mov(?:es|ed) (?:[\w'.,-]+ ){1,3}?(?:to|into|out|off|back)\b|(?:was|were|been|got) moved (?:to|into|out|off|back)\b|puts? (?:[\w'-]+ ){1,2}?back\b|(?:we|i|they|then) (?:now |then |also |manually )?(?:delete|install|add|move|remove|restart|reboot|revert|deploy|apply|change|update|fix|patch|replace|clear|flush|disable|enable|recreate|rebuild|increase|raise|lower|set|kill|stop|halt|purge|rotate|reinstall|rerun|renew|roll|kick|wipe|nuke|drain|promote|flip|swap|resize|bump)\b|^\W{0,3}(?:sudo )?(?:systemctl|service|kubectl|helm|docker|apt(?:-get)?|yum|dnf|pip|npm|redis-cli) (?:[\w.=-]+ ){0,2}?(?:restart|reload|start|stop|install|apply|scale|upgrade|delete|set|del|rm|kill)\b|config set [\w-]+ \w+|(?:^\W{0,3}|(?:ran|run|runs|executed|issued|applied) (?:an? |the |one )?)alter table|delete from|drop (?:table|index|database)|truncate table|flushall|flushdb|purchas(?:ed|ing)|re-?rout(?:ed|ing)|redistribut(?:ed|ing)|rebalanc(?:ed|ing)|mitigat(?:ed|ing|ion)|manifest|puppet|chown|chmod|removed|removing|renam(?:ed|ing)|adjust(?:ed|ing)|optimi[sz](?:ed|ing)|powers? (?:the )?(?:\w+ )?back on|powered (?:\w+ ){0,2}(?:back )?on|added|adding|disconnected|channell?ed|tuned|fine-tuning|manually (?:distribut|renew|redistribut)\w*|resolv(?:ed|ing)|generated|dumped|restor(?:e|ing)|migrat(?:ed|ing)|upgrad(?:ed|ing)|executed?|execute|carried out|performed|scal(?:ed|es|ing) (?:[\w'-]+ ){0,3}?from \d|(?:ran|run|executed|triggered|issued|kicked off)\b[^.]{0,40}?\bto (?:clear|flush|purge|fix|restore|invalidate|remove|unblock|free|renew)\b|switch(?:es|ed) (?:[\w'-]+ ){1,3}?(?:over )?to\b|allow(?:ed|s)? (?:port|traffic|access|ingress|egress|inbound|outbound|http|https|\d)|open(?:ed|s)? (?:up )?port|(?:warm(?:ed|s|ing)?|pre-?load(?:ed|s|ing)?|pre-?populat\w*|seed(?:ed|s|ing)) (?:up )?(?:[\w'-]+ ){0,3}?(?:cache|redis|memcached)|loaded (?:[\w,'-]+ ){0,5}?into (?:the )?(?:cache|redis|memcached)|edited|modified|re-?index\w*|swapped|terminated|blocked(?! (?:by|on|in|waiting|for)\b)|(?<!\b(?:logs?|data|results|events|metrics|output|entries|records|lines|rows|traces|queries) (?:were |was |are |is )?)filtered(?! (?:the |our |all )?(?:[\w-]+ )?(?:logs?|data|results|events|metrics|output|entries|records|traces)\b)|enabled (?:the|it|them|a|an)|set up|configured|allocated|cleaned|opted|rewrote|rebuilt|provisioned|reverts|applies|rolls back|reboots|deploys|replaces|clears|flushes|disables|reconfigures|renews|removes|renames|restores|migrates|upgrades|modifies|swaps|re-?open(?:s|ed|ing)|boot(?:s|ed) (?:[\w'-]+ ){0,3}?(?:again|up|back)|booted|scal(?:es|ed|ing) (?:[\w'-]+ ){0,4}?(?:up|out|down|back)|(?:t(?:ook|akes?|aking)|pull(?:s|ed|ing)) (?:[\w'-]+ ){1,4}?out of (?:the )?(?:[\w'-]+ ){0,2}?(?:pool|rotation|service|cluster|load[- ]?balancers?|lb)|back (?:in|into) (?:the )?(?:[\w'-]+ ){0,2}?(?:pool|rotation|cluster|load[- ]?balancers?|lb)|puts? (?:a|an|the|it|them|up|in|back)|turn(?:s|ed) (?:on|off)|switch(?:es|ed) (?:on|off|over|back|to)\b|cancel(?:l?ed|l?ing)|drain(?:s|ed)|brought (?:[\w'-]+ ){0,3}?back|sp(?:un|ins?) up|roll(?:s|ed) (?:[\w'-]+ ){1,3}?back|bump(?:s|ed)|(?:rais|lower)(?:es|ed) (?:the )?(?:[\w'-]+ ){0,3}?(?:limits?|size|pool|memory|timeouts?|capacity|quotas?|replicas|workers|instances)|(?:mov|shift|divert|redirect|rout)(?:es|ed) (?:all |the |some |most )?(?:[\w'-]+ )?(?:traffic|requests|users|load)\b|(?:sends|sent|routes|routed|directs|directed|points|pointed) (?:[\w'-]+ ){0,2}?(?:reads|writes|queries|traffic|requests|connections) (?:back )?(?:to|at)\b|\bsets (?:the |its |a |an )?(?:[\w'-]+ ){0,2}?(?:back )?(?:to|at) |(?:doubl|tripl|halv|quadrupl)(?:ed|es|ing) (?:the )?(?:[\w'-]+ ){0,4}?(?:from \d|to \d|count|number|size|limit|memory|replicas|workers|instances|dynos|pods|nodes|servers)|^\W{0,3}(?:full |complete |manual |another |a )?(?:cache |cdn )?(?:purge|flush)\b)\b/g;
/** Investigation done by the team (not "a sonnet was discovered"). */
export const INVESTIGATED =
  /\b(?:(?<!health[- ]?)check(?:ed|ing|s)?|investigat(?:ed|ing|es)|review(?:ed|ing|s)|look(?:ed|ing) (?:at|into|through)|examin(?:ed|ing|es)|inspect(?:ed|ing|s)|analy[sz](?:ed|ing|es)|debugg(?:ed|ing)|ran|runs? (?:a|the)|verif(?:ied|ying|ies)|trac(?:ed|ing)|diagnos(?:ed|ing)|tested|testing|reproduc(?:e|es|ed|ing))\b/;
const BLIND_ACT =
  /\b(?:restart\w*(?! (?:counts?|loops?|stop\w*|continu\w*|climb\w*|increas\w*|going|keep\w*|polic\w*))|reboot\w*|reload\w*|roll(?:ed|ing)? ?back|rollbacks?|revert\w*|clear\w* (?:\w+ )?cache|cleaned (?:his |her |their |the )?(?:[\w']+ ){0,2}cache|flush\w*)\b/;
/** An action taken to see more, not to fix: turning logs up, adding debug output. */
const PROBE_ACT =
  /\b(?:(?:ran|runs?|execut(?:ed|es|ing)) (?:the |a |an )?`?[\w/._-]{0,60}?(?:explain|status|describe|inspect|stats|top|df|du|ps|netstat|dig|nslookup|s_client|traceroute|journalctl)\b|to log(?! only)|logging|log reporting|error logs?|verbose|debug(?:ging)? (?:mode|output|level)|to (?:debug|investigate|diagnose|check|see|find|gather|trace|capture|reproduce|test)|in order to (?:debug|investigate|diagnose|find)|(?:on|in|to) (?:a |an |the |my |our )?(?:test|spare|local|staging|sandbox|scratch) (?:phone|device|machine|box|server|vm|env\w*|instance|cluster|account|laptop)s?\b|check\w* (?:that|if|whether) [^.]{0,60}\bby \w+ing|(?:turn\w*|switch\w*|enabl\w*|flip\w*) on (?:[\w'-]+ ){0,3}?(?:[\w'-]+(?<=detection|tracing|profiling|profiler|debug|log|logging|verbose|threshold)|(?:leak|debug|trace|query) [\w'-]+)|on (?:one|a single|just one|only one) (?:pod|server|node|host|instance|box|machine|replica|container|worker|vm)\b)\b/;
/** A restoration that is final whatever else the entry says ("full restoration confirmed, monitoring continued"). */
const STRONG_RESTORED =
  /\b(?:fully|full (?:\w+ )?(?:restoration|recovery|service|functionality)|all clear|incident (?:was )?(?:officially )?(?:closed|resolved|over)|closed the incident|back to normal|returned to normal)\b/;
const RESTORED =
  /\b(?:resolved|resolution|fully (?:restored|recovered|operational|functional|back|online)|full (?:\w+ )?(?:restoration|recovery|service|functionality)|back to normal|returned to normal|normal (?:operations?|service|running|performance)|all clear|incident (?:was )?(?:officially )?(?:closed|resolved|ended|over|mitigated)|closed the incident|restored|recovered|recover(?:y|ing)|(?<!\b(?:calls?|called|calling|rang|rings?|writes?|wrote|texts?|texted|messaged|emailed|replied|replies|reports?|reported|gets?|got|comes?|came|reach(?:es|ed)?) )back (?:online|up|in business|to work|with)\b|still (?:fine|good|healthy|working|stable|ok|okay)\b|back to ~?\d[\d.]*\s?%|(?:uptime ?robot|monitor\w*|dashboards?|checks?|probes?|alerts?|status(?: page)?|pingdom)\s(?:(?:went|goes|turn(?:ed|s)?|came|is back|are back|back) (?:to )?)?green\b|is live|operational|up and running|back (?:above|below|under|within) |back to baseline|returned to baseline|re-?established|cluster (?:is |was |turned |went |back to |back )?green\b|back (?:to )?green\b|(?:rate|latency|traffic|metrics?|error rate|numbers|graphs?|p\d\d) (?:is |was |are |were |back to |looks? |returned to )?normal\b|(?:queue|backlog|inbox|dlq)s? (?:is |was |are |now )?(?:empty|drained|cleared)\b|(?:shows?|showing|display(?:s|ed|ing)?|render(?:s|ed|ing)?) (?:[\w-]+ ){0,3}?again\b|(?:lag|errors?|error rate|queue|backlog|latency|5xx|count|failures) (?:\w+ )?(?:is |was |are |were )?(?:back )?(?:down )?to (?:0|zero)\b|(?:grade|score|rating) (?:is |was )?back to|incident (?:is |was )?(?:finished|done|complete|ended)|all (?:\d+|the|of the) (?:[\w-]+ )?(?:droplets|servers|nodes|instances|pods|hosts|replicas|workers|targets|backends) (?:are |were |now |become |became )?(?:healthy|up|green|in service)|(?<!\b(?:since|because|as|while|though|although|but|if|unless) (?:the |our )?)(?:app|site|website|api|service|page|login|checkout|payments?)s? (?:now )?works?\b(?! only| by| with| but)|(?:become|became|becomes|turn|turns|turned|went|go|goes) healthy\b|200 (?:ok|status|response)|a-ok|work(?:ing|s|ed)? (?:again|normally|properly|as expected|fine)|(?:all|every) (?:[\w-]+ ){0,2}?(?:pages?|sites?|services?|endpoints?|checks?|tests?|logins?) (?:are |were |now )?(?:ok|okay|fine|working|loading|green|passing|up)\b|running (?:normally|smoothly|fine)|stabili[sz]\w*|normali[sz]\w*|resumed|solved|victorious|mission accomplished|handling (?:user )?traffic smoothly|(?:service|site|website|system|api|server|platform|application|app)s? (?:was|were|is|are) (?:back|up|available)|can access|able to (?:access|connect|load|use)|successfully (?:connected|accessed|loaded)|confirm\w* (?:the )?(?:fix|resolution|stability|stable|successful)|confirm(?:s|ed) (?:that )?(?:the |all |our )?(?:[\w-]+ ){0,4}?(?:are|is|were|was) (?:now |all )?(?:correct|right|fine|ok|okay|back)\b|saved the day|(?:green|load|loads|loading|works?|respond\w*|runs?|flow\w*) again|turn(?:s|ed)? green|(?:passing|going through|flowing|draining) (?:now|again)|(?:going|goes|went) out again|(?:sending|processing|moving|shipping|arriving|syncing) again|help(?:ed|s) (?:within|after|immediately|right away|a lot|quickly)|(?:that|which|it|this) helped(?! (?:nobody|no one|no-one|nothing|little)\b)|improv(?:ed|es|ing)|(?:zero |no (?:more |new )?)(?:[\w-]+ )?(?:errors?|5xx|failures|complaints|alerts|restarts|timeouts|429s?|tickets|jobs|requests|reports)\b[^.;]{0,40}?\b(?:for|since|after) (?:over |more than |another |the (?:next |last |following )?)?(?:\d+|an?|half an?|one|two|three|five|ten|fifteen|twenty|thirty|forty-five) (?:min|mins|minutes|hours?)\b|(?:flat|stable|clean|green|quiet|normal|healthy)\b[^.;]{0,20}?\bfor (?:over |more than |another |the (?:next |last |following )?)?(?:\d+|an?|half an?|one|two|three|five|ten|fifteen|twenty|thirty|forty-five) (?:min|mins|minutes|hours?)\b|(?:\d+|\w+) minutes of (?:clean|green|stable|normal|quiet)|incident (?:is|has been|got|gets) (?:officially |formally )?(?:declared )?(?:closed|resolved|over|ended)|declared (?:over|closed|resolved)|all good\b|(?:site|website|portal|app|api|service|shop|store|page|pages|blog|platform|system|dashboard|checkout|login|emails?)s? (?:is |are |was |were )?(?:working|online|live)(?: again| normally| fine)?\b|\w+ing (?:in )?normally|delivered (?:within|again|normally|fine)|(?:all|everything) (?:is |was |are |were )?(?:working|back)\b(?! (?:there|on their))|succe\w* again|(?:site|blog|page|pages|app|website|portal|shop|store|api|service|dashboard)s? (?:loaded|loads|opened|opens|answered|answers)\b(?! slowly| with (?:an? )?(?:error|5\d\d|4\d\d))|(?:latency|errors?|error rate|rate|load|cpu|memory|queue|backlog|lag|count|\d{3}s?)\b[^.;]{0,20}?\b(?:going down|went down|goes down|go down|decreas\w*|drop(?:s|p\w*)?|fell|falling|easing)|(?:gave|give|gives|return\w*|answer\w*|respond\w* with) (?:a |an )?(?:http )?200s?\b|(?:stable|stay\w*|flat|clean|green|quiet|normal|healthy|baseline|steady)\b[^.;]{0,40}?\bfor (?:over |more than |another |the (?:next |last |following )?)?(?:\d+|an?|half an?|one|two|three|five|ten|fifteen|twenty|thirty|forty-five) (?:min|mins|minutes|hours?)\b|(?:\d+|\w+) minutes (?:of|at) (?:clean|green|stable|normal|quiet|baseline)|(?:all|everything) (?:is|looks?|seems?) (?:normal|fine|good|ok|okay|green)\b(?! (?:there|on their|at their|on the (?:status|vendor|provider)))|(?:down|drops?|dropped|fell|falls?|shr(?:inks?|ank|unk)) (?:from (?:around |about |roughly |~)?\d[\d.,]*\s?%?[a-z]{0,2} )?(?:back )?to (?:(?:around |about |roughly |under |below |less than |~)?\d[\d.,]*[a-z]{0,2}|zero\b)|(?<!(?:errors?|problems?|issues?|failures?) )came back (?:right away|immediately|up|online|quickly|fine|to normal|within))\b/;
const PARTIAL =
  /\b(?:not (?:a |the )?(?:real|permanent|proper|final|long-term|full) (?:fix|solution)|(?:is |as |was )?(?:an? )?(?:temporary|stopgap|band-?aid)\b|for now\b|began to|begin to|started to|starting to|beginning to|partial\w*|gradual\w*|intermittent\w*|decreas\w*|fewer|reduc\w*|continu\w* (?:to )?monitor\w*|monitoring continued|began recover\w*|still (?:unstable|degraded|slow\w*)|begins?\b|one problem is fixed|but still|sort of|(?:started|starts|began|begins) (?:going|to go) down|somewhat|partly|half (?:of|the)\b|one (?:after|by) (?:the )?(?:other|one)|(?:roughly |about )half|most (?:regions|users|pages|services|probes|requests)|some (?:regions|users|pages|services|probes|requests|phones|devices|customers|clients|browsers|machines|hosts|nodes|servers)|slower|(?:help(?:ed|s)(?! (?:nobody|no one|no-one|nothing|little)\b)|improv\w*)|(?:down|drops?|dropped|fell|falls?) (?:from|to))\b/;
const ONSET =
  /\b(?:(?:outage|incident|issue|problem|downtime|disruption|failure)s? (?:begins|began|starts|started|occurred|hit)|(?:configuration|config|code|update|deployment|deploy|release|migration|upgrade|change|push|rollout|maintenance|job)\b[^.]{0,40}\b(?:begins|began|starts|started|deployed|pushed|rolled out|released|went live|kicked off)|(?:were|was) (?:upgraded|deployed|released|migrated|rolled out)|sitewide update|(?:switch|turn|flipp?|toggl|enabl)(?:e|es|ed|ing|s)? (?:on )?(?:the |a |our )?(?:[\w-]+ )?(?:feature )?(?:flag|toggle)\b|(?:switch|turn|flipp?|toggl|enabl)(?:e|es|ed|ing|s)? [^.]{0,60}?\bon for (?:everyone|everybody|all|100%)|surge|spike in (?:user )?traffic|traffic (?:amount )?(?:increased|rises|rose|surged|spiked)|brought (?:a |the )?\w+ into|accidentally|child|went live)\b/;
const POST =
  /\b(?:postmortem|post-mortem|retro\w*|lessons learned|follow-?up|prevent future|to automate (?:the )?fix\w*|automate fixing|documentation|documented|(?:this|the|a|an|our) (?:incident |postmortem |post-mortem )?(?:report|document|doc|write-?up)\b(?! (?:says|said|shows?|showed))|wrote (?:a |the )?(?:puppet|script|manifest)|created (?:a )?(?:puppet|script|manifest))\b/;
const CLOSURE =
  /\b(?:incident (?:was |is |has been )?(?:officially |formally )?(?:declared )?(?:closed|over)|(?<=(?:^|[.;,] ?))closed(?=\.?\s*$)|clos(?:e|es|ed|ing) (?:the|our) incident|call(?:ed|s|ing)? it (?:a (?:night|day)|fixed|done|resolved|solved|over)|declared (?:fully )?(?:resolved|operational|over)|all clear|confirm\w* (?:system |the )?stab\w*|final checks?)\b/;
/** A notice that is denied ("nobody notices yet", "went unnoticed"): the entry happened before anyone knew. */
const NEG_NOTICE =
  /\b(?:(?:no one|nobody|no-one) (?:\w+ )?(?:reads?|watch(?:es|ed)?|checks?|monitors?|looks? at|sees?|saw)\b|learn(?:ed|t|s) (?:[\w'-]+ ){0,3}?(?:only )?(?:later|afterwards|after the fact|the next|the following)|(?:no|nothing|nobody|no one|no-one) (?:[\w'-]+ ){0,4}?(?:could|would|can|to) (?:notice|detect|see|catch|spot)|(?:no one|nobody|no-one|none of us) (?:was|were|is|knew) (?:aware|anything)|(?:nobody|no one|no-one|none of us) (?:\w+ ){0,2}?(?:notic|detect|spott|spot|realiz|realis|see|saw)\w*|(?:not|n't|never) (?:yet )?(?:been )?(?:noticed|detected|spotted|seen|realized|realised)|(?:did|does|do)(?: not|n't) (?:notice|detect|spot|see|realize|realise|catch)|unnoticed|undetected|without (?:notice|anyone noticing|anybody noticing|warning anyone)|(?:failing|failed|fails|broke|broken|died|dying|expired|expires) (?:quietly|silently)|(?:quietly|silently) (?:fail|expir|die|broke|stopp)\w*|(?:nobody|no one|no-one) (?:got |was |were )?(?:paged|alerted|notified|woken)|(?:seen|noticed|spotted|found|discovered|caught|visible) (?:only )?(?:afterwards|afterward|later|after the fact|in hindsight|in retrospect|the (?:next|following) (?:day|morning))|only (?:noticed|seen|spotted|found|discovered|caught) (?:it )?(?:afterwards|afterward|later|the next|the following|after)|before (?:anyone|anybody|we) (?:notic|detect|spott|spot|realiz|realis)\w*|(?<=^|[,;.] ?)no (?:alert|alarm|page|notification)s?(?=[,;.]|$)|(?:never|did(?: not|n't)|does(?: not|n't)) (?:fire|fires|trigger|triggers|go off|goes off|alert)\b)\b/g;
/** A warning that reached no one ("posts to a channel nobody reads", "went to an old mailbox"): the lead-up. */
const UNREAD =
  /\b(?:(?:channel|inbox|mailbox|e-?mail|address|group)s? (?:that )?(?:everybody|everyone|nobody|no one|no-one|the team) (?:had |has |have )?(?:muted|ignored|ignores|left)\b|(?:no one|nobody|no-one) (?:\w+ )?(?:reads?|watch(?:es|ed)?|checks?|monitors?|looks? at)\b|(?:went|goes|sent|go) to (?:an? )?(?:old|unused|unmonitored|dead|unread|shared) (?:[\w-]+ )?(?:e-?mail|inbox|mailbox|address|channel))/;
/** A change made on purpose, as planned: the lead-up to an incident, not its notice. */
const PLANNED =
  /\b(?:as (?:planned|scheduled|intended)|(?:planned|scheduled) (?:maintenance|migration|change|shutdown|shut-?down|job|deploy\w*|release|upgrade|restart|reboot|work|downtime)|according to (?:the )?(?:plan|schedule)|on schedule)\b/;
/** Telling someone in everyday words: a tweet, a message, an email, a post, a call. */
const REPORT_VERB =
  /(?<!\b(?:the|a|an|our|their|its|failed|error|sent|queued|of|no|some|many|\d+) )\b(?:tweet(?:s|ed|ing)?|messag(?:es|ed|ing)|e-?mail(?:s|ed|ing)|texts|texted|dm(?:s|ed|'d)|posts|posted|writes|wrote|phon(?:es|ed)|rang|rings|tell|tells|told|says|said|saying|complain(?:s|ing)?)(?= (?:the|a|an|us|me|our|in|on|to|that|about|him|her|them|everyone|support|their)\b)|\b(?:calls?|called|rings|rang|phones|phoned|pings|pinged) (?:me|us|(?:the|our) (?:[\w-]+ ){0,2}?(?:line|desk|helpdesk|hotline|number))\b/;
/** What such a message is about, when it is not a symptom word: a screenshot, a warning, something gone. */
const REPORT_CONTENT =
  /\b(?:screenshots?|warnings?|gone|missing|broken|wrong|blank|frozen|freez(?:es|ing)|stuck|(?:users?|customers?|clients?|students?|teachers?|parents?|shoppers?|buyers?|visitors?|readers?|people))\b/;
/** An action word that describes a state, not a step taken: negated ("not updating") or pluperfect ("had been modified"). */
const NOT_AN_ACT =
  /(?:\b(?:remember\w*|recall\w*|forgot|knew|knows)(?: that)? (?:he|she|they|we|i|someone|somebody)(?: had)?|\b(?:not|never)(?: even| yet)?|n't(?: even| yet)?|\bhad(?: not| never)?(?: been)?(?: \w+ly)?|\b(?:which|that) (?:was|were|is|are)|\b(?:zero|no|0)|\b(?:propos\w*|suggest\w*|recommend\w*|plans? to|planning to|consider\w*|instead of|without)|\b(?:ask|wonder|check|see|saw|verif)\w* (?:if|whether)(?: [\w'-]+){0,3})\s+$/;
/** "…, it failed": the clause before says what was tried. */
const IT_FAILED =
  /(?:[,;.:]|\band|\bbut) (?:it|this|that|which|the (?:attempt|renewal|command|restart|rollback|fix|upgrade|deploy(?:ment)?)) (?:also |again )?(?:failed|fails)\b/;
/** A fix named in its bare form, as a command is ("certbot renew", "tried to restart"). */
const FIX_WORD =
  /\b(?:renew|restart|reload|reboot|roll ?back|revert|fix|deploy|redeploy|apply|install|upgrade|restore|repair|migrate|tried|attempted|retried)\b/;

// The first action word of a text. ACT is global and the only copy of its pattern: a pattern this size takes tens of
// milliseconds to compile, and a second copy compiled it again in every process (the CLI's first lint, ~50 ms).
function firstAct(text: string): RegExpExecArray | null {
  ACT.lastIndex = 0;
  const m = ACT.exec(text);
  ACT.lastIndex = 0;
  return m;
}

/**
 * Verbs that only ever name a corrective step, in their base form. Every inflection is read, with or without a
 * "re-" prefix ("reinstalled", "bounces", "re-pinned", "nuking"), so a writer's tense or a new prefix needs no new
 * pattern. Verbs that also name a state or a symptom ("stopped", "reset", "killed", "switch") are left to ACT, which
 * reads them in context.
 */
const FIX_VERBS = [
  'pin',
  'invalidate',
  'replay',
  'resend',
  'redrive',
  'bounce',
  'nuke',
  'wipe',
  'prune',
  'purge',
  'vacuum',
  'install',
  'uninstall',
  'issue',
  'generate',
  'rotate',
  'resize',
  'enlarge',
  'expand',
  'promote',
  'demote',
  'cordon',
  'uncordon',
  'evict',
  'unblock',
  'whitelist',
  'allowlist',
  'unban',
  'throttle',
  'unpin',
  'downgrade',
  'upgrade',
  'sync',
  'submit',
  'queue',
  'process',
  'backfill',
  'backport',
  'cherry-pick',
  'power-cycle',
  'hotfix',
  'deploy',
  'start',
  'boot',
  'load',
  'revert',
  'renew',
  'restore',
  'repair',
  'replace',
  'build',
  'create',
  'configure',
  'index',
  'drain',
  'provision',
  'unstick',
  'unlock',
  'undo',
  'disable',
  'enable',
  'flush',
  'migrate',
  'truncate',
  'delete',
  'remove',
  'rename',
  'tweak',
  'amend',
  'swap',
  'toggle',
  'terminate',
  'mount',
  'remount',
  'apply',
  'point',
  'route',
  'attach',
  'allocate',
  'assign',
  'compact',
  'archive',
  'rerun',
  'reroute',
  'rewrite',
  'regenerate',
  'reissue',
  'suspend',
  'pause',
  'resume',
  'raise',
  'lift',
  'refund',
  'reset',
  'reconnect',
  'reinstall',
];
/** Base forms that are read only with the "re-" prefix ("rebuilt", "reprocessed"): alone they describe the incident. */
const ONLY_WITH_RE = new Set([
  'pin',
  'issue',
  'generate',
  'sync',
  'submit',
  'queue',
  'process',
  'start',
  'boot',
  'load',
  'build',
  'create',
  'configure',
  'index',
  'point',
  'route',
  'attach',
  'allocate',
  'assign',
  'mount',
]);
/** Irregular past forms. */
const IRREGULAR: Record<string, string[]> = {
  build: ['built'],
  rewrite: ['rewrote', 'rewritten'],
  undo: ['undid', 'undone'],
  rerun: ['reran'],
};
const FIX_FORMS = new Set<string>();
for (const base of FIX_VERBS) {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  // A short verb ending consonant-vowel-consonant doubles its last letter ("pinned", "unpinning").
  const double =
    /(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(base) && !/^(?:un|re)?(?:open|enter|offer|alter)$/.test(base);
  const last = base[base.length - 1]!;
  const forms = [
    /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`,
    base.endsWith('e')
      ? `${base}d`
      : /[^aeiou]y$/.test(base)
        ? `${base.slice(0, -1)}ied`
        : double
          ? `${base}${last}ed`
          : `${base}ed`,
    double ? `${base}${last}ing` : `${stem}ing`,
    ...(IRREGULAR[base] ?? []),
  ];
  for (const f of forms) {
    if (!ONLY_WITH_RE.has(base)) FIX_FORMS.add(f);
    FIX_FORMS.add(`re${f}`);
    FIX_FORMS.add(`re-${f}`);
  }
}
const FIX_BASES = new Set(FIX_VERBS.filter((b) => !ONLY_WITH_RE.has(b)));
const WORD = /[a-z]+(?:-[a-z]+)*/g;

// True when the action word `word` at `index` is a step taken: not negated or pluperfect, not dated before
// the incident, not something that happened by itself or was told.
/** A script written or run to repair what the incident broke ("wrote a script to find … and refund the second one"). */
const SCRIPT_FIX =
  /\b(?:wrote|writes?|ran|runs?|run) (?:a|an|the|our) (?:[\w-]+ ){0,2}?script (?:to|that) (?:[\w"'/.,-]+ ){0,14}?(?:refund(?:s|ed)?|fix(?:es)?|repairs?|push(?:es)?|re-?sends?|replays?|restores?|updates?|corrects?)\b/;

/** "… was rebooted at 13:58 by the kernel patch job": an act whose doer is a machine, not the team. */
const BY_MACHINE =
  /^(?: (?:at|around|about) [\w:.]+)? by (?:the |a |an |our )?(?:[\w-]+ ){0,3}?(?:jobs?|cron\w*|scripts?|patch(?:es)?|updates?|updater|scheduler|kernel|autoscaler|bots?|automation|pipeline|process|system|os|daemon|agent|provider|platform)\b/;

function stepAt(lower: string, index: number, word: string): boolean {
  const after = lower.slice(index + word.length, index + word.length + 40);
  const before = lower.slice(Math.max(0, index - 24), index);
  // The sentence so far (at most 120 characters back): "Brian proposes creating a table and swapping it in".
  const lead = lower.slice(Math.max(0, index - 120), index);
  const cut = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('; '));
  return (
    !PROPOSAL.test(cut < 0 ? lead : lead.slice(cut + 2)) &&
    !NOT_AN_ACT.test(before) &&
    !PAST_REF.test(after) &&
    !REPEATS.test(after) &&
    !(
      word.endsWith('ing') &&
      (ONGOING.test(before) || PLAN_AFTER.test(lower.slice(index + word.length, index + word.length + 90)))
    ) &&
    !TOLD_STATE.test(before) &&
    !(/\b(?:was|were|got|had been) $/.test(before) && BY_MACHINE.test(after))
  );
}

// True when some action word in the text is a step taken, not a description of a state.
function actTaken(lower: string): boolean {
  if (SCRIPT_FIX.test(lower)) return true;
  ACT.lastIndex = 0;
  for (let m = ACT.exec(lower); m; m = ACT.exec(lower)) {
    if (stepAt(lower, m.index, m[0])) {
      ACT.lastIndex = 0;
      return true;
    }
  }
  return false;
}

// True when a corrective verb of FIX_VERBS, inflected, is a step taken (read only in entries that do not investigate:
// there the same words describe what was found, "memory pinned at the limit", "the deploy script").
function fixVerbTaken(lower: string): boolean {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const before = lower.slice(Math.max(0, m.index - 24), m.index);
    const known =
      FIX_FORMS.has(m[0]) || (FIX_BASES.has(m[0]) && /\b(?:i|we|they|he|she|then|ops|just)(?: \w+ly)? $/.test(before));
    if (known && stepAt(lower, m.index, m[0])) {
      WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** Where one clause of an entry ends: a sentence end, or a step that follows ("…, then we …", "… after Tunde …"). */
const CLAUSE_BREAK =
  /[.;:!?](?:\s|$)|,\s*(?:then|so|but)\s|\s(?:and then|and so|so that|after|before|once|while|but)\s/;

/** A clause that opens with who acts ("we …", "Then they …"). */
const SUBJECT_OPENS = /^\W*(?:(?:then|so|and|also|finally|quickly|now)\s+)?(?:i|we|they|he|she)\b/;
/** A fix word right after "was/were/got/been" ("jobs were suspended"). */
const PASSIVE_STEP = /\b(?:was|were|got|been) ([a-z]+(?:ed|en|t))\b/;
/** Someone creating, adding or setting something ("we create a skip rule", "I added a redirect"). */
const SUBJECT_STEP =
  /\b(?:i|we|they)\s+(?:(?:\w+ly|then|also)\s+)?(?:create[sd]?|configured?|add(?:s|ed)?|set|put|point(?:s|ed)?|route[sd]?|attach(?:es|ed)?|mount(?:s|ed)?|start(?:s|ed)?|stop(?:s|ped)?|enable[sd]?)\s+(?:a|an|the|our|it|them|its)\b/;

// A corrective verb someone takes in a clause of its own, when other clauses of the entry check, find or describe
// ("We create a skip rule for the partner. The partner confirm they receive 200").
function fixInOwnClause(said: string): boolean {
  const clauses = said.split(CLAUSE_BREAK);
  const plain = (clause: string): boolean =>
    clause.length >= 6 && !INVESTIGATE.test(clause) && !SYMPTOM.test(clause) && !FINDING.test(clause);
  // Someone takes the step ("we create a skip rule"); a state described after a check ("queue purged of nothing") is not one.
  if (clauses.some((c) => plain(c) && SUBJECT_OPENS.test(c) && (fixVerbTaken(c) || SUBJECT_STEP.test(c)))) return true;
  // A step told in the passive as the entry opens ("Apply jobs were suspended so that …"): the fix word right after
  // its auxiliary. (Later in the entry a passive tells what was found: "… so any session was wiped".)
  const m = plain(clauses[0]!) ? PASSIVE_STEP.exec(clauses[0]!) : null;
  return !!m && FIX_FORMS.has(m[1]!);
}

// True when the text's last sentence takes a step and says nothing failed, after an earlier sentence that did.
export function fixedAfterFailure(lower: string): boolean {
  let end = lower.trimEnd();
  while (end.endsWith('.') || end.endsWith('!')) end = end.slice(0, -1);
  const cut = Math.max(end.lastIndexOf('. '), end.lastIndexOf('; '), end.lastIndexOf('! '));
  if (cut < 0) return false;
  const last = end.slice(cut + 2);
  // Only a step that worked: undoing the failed attempt ("Rule removed") leaves the entry a misleading path.
  const worked = RESTORED.test(last) || /\b(?:success\w*|succeed\w*|worked|went through)\b/.test(last);
  return worked && actTaken(last) && !DEAD.test(last) && !attemptFailed(last);
}

// True when the entry tried a fix and says it failed ("ran the renewal, it failed with a timeout").
function attemptFailed(lower: string): boolean {
  const m = IT_FAILED.exec(lower);
  if (!m) return false;
  const before = lower.slice(0, m.index);
  return actTaken(before) || FIX_WORD.test(before);
}

export const SIDE = /\b(?:coffee|cookies?|snack|nap|lunch|dinner|pizza|sleep\w*|celebrat\w*|high fives?)\b/;

const MONITORING =
  /\b(?:monitor\w*|alert\w*|alarm|pager\w*|paged|datadog|grafana|prometheus|nagios|new relic|sentry|health ?check|dashboard|uptime)\b/i;
/** Someone who calls, messages or tells me or us: a report from outside the team (the detection, by a customer). */
const TOLD_US =
  /\b(?:calls?|called|texts?|texted|messages?|messaged|tells?|told|pings?|pinged|dms?|emails?|emailed|rings?|rang|phones?|phoned|whatsapps?) (?:me|us)\b/i;
const CUSTOMER =
  /\b(?:customers?|users?|clients?|complain\w*|support tickets?|support inbox|tweets?|twitter|teachers?|students?|parents|learners|shoppers|buyers|subscribers|merchants?|visitors|comments? from|patients?|pharmacists?|receptionists?|callers?|support (?:line|desk|number|hotline)|help ?desk|group chat|(?:member|someone|somebody) posts?|messages? (?:on|in) (?:our|the|a|my) (?:[\w-]+ ){0,3}?(?:group|chat|channel|server)\b|(?:gets?|got|receiv(?:e|es|ed|ing)|woke up to) (?:(?!error)[\w-]+ ){0,3}?(?:of )?(?:e-?mails?|messages?|texts?|dms?|tickets?|calls?))\b/i;
const ENGINEER =
  /\b(?:engineers?|engineering|developers?|staff|team|sysadmins?|admins?|someone|we|i|me|myself|intern|tester|colleagues?|teammates?|co-?workers?|managers?|boss|supervisors?|(?:routine |manual |internal )?test(?:s|ing)?|(?:identified|noticed|spotted|discovered|found|reported) by [a-z]{2,})\b/i;
/** Someone named (not a customer: those are read first) or "he"/"she" who notices: a team member. */
const NAMED_NOTICER =
  /\b(?:(?!(?:Issue|Problem|Error|Outage|Incident|Bug|Failure|It|This|That|Nothing|Alert|Anomaly|Latency|Spike|Traffic|Load)\b)[A-Z][a-z]+|[Hh]e|[Ss]he) (?:[a-z]+ly |then |also |first |finally )?(?:notic|spott|sees|saw|detect|discover|realiz|realis|finds|found)\w*/;

/** Before a hand-off word, what says it did not happen ("nothing had arrived", "nobody was contacted"). */
const NOT_HANDED = /(?:\b(?:not|never|nothing|nobody|no one|no-one)|n't)(?: \w+)?\s+$/;

// The first hand-off word of an entry that is not denied ("nothing had arrived since the evening before").
function handOff(lower: string): RegExpExecArray | null {
  let from = 0;
  for (let k = 0; k < 4; k++) {
    const m = ESCALATE.exec(from ? lower.slice(from) : lower);
    if (!m) return null;
    const at = from + m.index;
    if (!NOT_HANDED.test(lower.slice(Math.max(0, at - 24), at))) return m;
    from = at + m[0].length;
  }
  return null;
}

// Reads the cues of one entry.
export function cuesOf(e: StoryEntry): Cues {
  const t = `${e.text} ${e.detail ?? ''}`.slice(0, 2000);
  const lower = t.toLowerCase();
  const escalateAt = handOff(lower);
  // "escalated", "notified the DBA": a hand-off needs someone it goes to (or comes from).
  const escalate =
    (!!escalateAt &&
      (/escalat|handed|hand-?off|cavalry|arrived|stepped in|raced to|joined|took (?:over|control)|handled by|incident commander|declare|jump|hopp/.test(
        escalateAt[0],
      ) ||
        AGENT.test(t))) ||
    CONTACT_NAME.test(t) ||
    /\b(?:jump(?:ed|s)?|hopp?(?:ed|s)?) (?:on|onto|into) (?:a |the |our )?(?:call|bridge|zoom|meet|huddle|hangout)\b/.test(
      lower,
    );
  // Telling users it is fixed ("Posted in the WhatsApp group: fixed, sorry") is communication, not the fix.
  const announced = ANNOUNCE.test(lower);
  // "Customer success contacted the client whose job retried": telling customers, not handing the incident over.
  const outreach = OUTREACH.test(lower) || (announced && !CLOSURE.test(lower));
  // "As a workaround we told parents to email the registrar": a stopgap, whoever it sends people to.
  const stopgap = STOPGAP_LEAD.test(lower);
  const blind = BLIND_ACT.exec(lower);
  const inv = INVESTIGATE.exec(lower);
  const denied = NEG_NOTICE.test(lower);
  NEG_NOTICE.lastIndex = 0;
  const noticed = denied ? lower.replace(NEG_NOTICE, ' ') : lower;
  const symptom = SYMPTOM.test(lower);
  // Words in double quotes are what a log or a person said ("Out of memory: Killed process"), not a step taken.
  const said = lower.includes('"') || lower.includes('\u201c') ? lower.replace(QUOTED, ' ') : lower;
  const finding = FINDING.test(lower) || PATTERN.test(lower);
  // A provider's status page that says all is well is a check of a suspect, not our service back.
  const statusSeen = STATUS_WELL.test(lower);
  const restored = !statusSeen && !announced && restoredKept(lower);
  const partial = PARTIAL.test(lower);
  // (What an announcement says was fixed is its message, not a step: "Posted in the group: fixed, sorry".)
  const act =
    !announced && (actTaken(said) || (!inv && !symptom && !finding ? fixVerbTaken(said) : fixInOwnClause(said)));
  const notice = NOTICE.test(noticed) || TOLD_US.test(noticed);
  const report = REPORT_VERB.test(lower) && (symptom || REPORT_CONTENT.test(lower));
  // More reports, unless a later sentence of the entry works on them ("Support says more customers complain. Dana
  // splits the analytics by browser").
  const more = REPORT_ONLY.exec(lower);
  const after = more ? lower.indexOf('. ', more.index) : -1;
  const rest = after < 0 ? '' : lower.slice(after + 2);
  const reportOnly = !!more && !(rest && (INVESTIGATE.test(rest) || FINDING.test(rest) || actTaken(rest)));
  return {
    alert: ALERT.test(lower),
    notice,
    symptom,
    reportOnly,
    investigate: !!inv,
    found: FOUND.test(lower),
    finding,
    hypothesis: HYPOTHESIS.test(lower),
    dead: DEAD.test(lower) || attemptFailed(lower) || (symptom && STILL_BROKEN.test(lower) && !restored && !partial),
    clean: CLEAN.test(lower) || statusSeen,
    escalate: escalate && !stopgap && !outreach,
    outreach,
    act,
    // A restart the entry sees ("pods restarting every 40 seconds") is not one taken.
    blindAct: !!blind && act,
    probe: PROBE_ACT.test(lower) && !SCRIPT_FIX.test(lower),
    restored,
    strong: STRONG_RESTORED.test(lower),
    partial,
    onset: ONSET.test(lower),
    postIncident: POST.test(lower),
    closure: CLOSURE.test(lower),
    monitorOnly: /^\W*(?:\w+\s+){0,2}(?:monitored|monitoring|watched)\b/.test(lower) && !firstAct(lower),
    blindFirst: !!blind && (!inv || blind.index < inv.index),
    begins:
      // (Not a recovery that starts: "service started to recover" follows a step taken.)
      /\b(?:begins|began|starts|started|initiated)\b(?! (?:to )?(?:recover|improv|drop|decreas|com(?:e|ing) back|stabili|normali))/.test(
        lower,
      ) && !/\b(?:completed|done|finished)\b/.test(lower),
    report,
    // "went unnoticed until a customer reported it" still reports it.
    leadUp: ((denied || PLANNED.test(lower)) && !notice && !report) || UNREAD.test(lower),
    relief: act && (RELIEF.test(lower) || stopgap),
  };
}

/** After a restoration, a "but" that takes it back in the same sentence ("the page loads fine but says no meals"). */
const TAKEN_BACK =
  /^[^.;!?]{0,80}?\bbut\b[^.;!?]{0,80}?(?:\bstill (?:says?|said|show(?:s|ed|ing)?|displays?|displayed|reads?|lists?|listed|returns?|returned|gives?|gave|got|gets|fail\w*|error\w*|broken|down|empty|missing|wrong|the same|[45]\d\d)\b|\bnot\b|n't\b|\bno\b|\bnever\b|\bnothing\b|\bsays?\b|\bsaid\b|\bshow(?:s|ed)?\b|\bempty\b|\berrors?\b|\bwrong\b)/;

// True when the entry says something came back and does not take it back in the same sentence. (At most three
// restorations are weighed, each on the text after the one before: linear in the entry.)
function restoredKept(lower: string): boolean {
  let rest = lower;
  for (let k = 0; k < 3; k++) {
    const m = RESTORED.exec(rest);
    if (!m) return false;
    rest = rest.slice(m.index + m[0].length);
    if (!TAKEN_BACK.test(rest)) return true;
  }
  return false;
}

/** True when the entry's action word sits inside what it found ("revealed the renamed key"), not beside it ("found X and patched it"). */
export function actInFinding(text: string): boolean {
  const f = FINDING.exec(text);
  const a = firstAct(text);
  if (!f || !a || a.index < f.index) return false;
  const between = text.slice(f.index + f[0].length, a.index);
  return !/[.;!?](?:\s|$)|\b(?:and|then|so|before|after)\b|,/.test(between);
}

const STOP = new Set([
  'the',
  'and',
  'was',
  'were',
  'with',
  'that',
  'this',
  'from',
  'into',
  'for',
  'issue',
  'issues',
  'problem',
  'problems',
  'potential',
  'possible',
  'initial',
  'investigation',
  'team',
  'engineers',
  'engineer',
  'recent',
  'server',
  'servers',
  'service',
  'services',
  'system',
  'systems',
  'error',
  'errors',
  'check',
  'checked',
  'found',
  'there',
  'their',
  'which',
  'cause',
  'root',
  'assumed',
  'assumption',
  'suspected',
  'suspecting',
  'began',
  'started',
  'focused',
  'focusing',
]);

// Content words of an entry (four letters or more, not the story's own vocabulary).
export function contentWords(text: string): string[] {
  return (text.match(/[a-z][a-z0-9-]{3,}/g) ?? []).filter((w) => !STOP.has(w));
}

/** How the issue was detected, from the detection entry's text. */
export function detectionMethod(text: string): DetectionMethod | undefined {
  if (MONITORING.test(text)) return 'monitoring';
  if (CUSTOMER.test(text) || TOLD_US.test(text)) return 'customer';
  if (ENGINEER.test(text) || NAMED_NOTICER.test(text)) return 'engineer';
  return undefined;
}
