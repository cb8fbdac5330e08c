/**
 * Is an item an ask — something the team needs from the SC or another team — and of which
 * type (issue 3)? Decided per sentence: a sentence asks when it has an asking phrase ("we
 * need", "we'd like", "can we get", "please let us know", "… are welcome") and no negation
 * of it ("we do not need", "no hard requests", "None at this time").
 */
import type { AskType } from '../../model';

const ASKING = [
  /\bwe(?:'d| would| will| do| also| only| still| really| urgently| currently| now)* (?:need|require)s?\b/,
  /\b(?:thing|things|what) we need\b/,
  /\bneed(?:s|ed)? (?:more |some |additional )?(?:help|people|volunteers|maintainers|hands|support|funding|budget|input|approval)\b/,
  /\bwe(?:'d| would) (?:like|love|want)\b/,
  /\b(?:can|could|may) we (?:get|have|ask|request|receive|obtain)\b/,
  /\bif we could\b/,
  /\bplease\b/,
  /\blet us know\b/,
  /\b(?:are|is|would be) (?:very |more than |always )?welcome\b/,
  /\blooking for (?:more |new )?(?:people|help|volunteers|maintainers|contributors|members|someone)\b/,
  /\bit would be (?:convenient|good|great|helpful|useful|beneficial|nice)\b/,
  /\b(?:we )?(?:request|are requesting|ask|are asking) (?:for|the sc|that|to)\b/,
  /\bapproval (?:from|of|by)\b/,
  /\bwe (?:want|hope) (?:to get|the sc|for)\b/,
  /\bseeking\b/,
];

const NEGATED = [
  // The gap is at most four space-separated words: bounded backtracking.
  // eslint-disable-next-line security/detect-unsafe-regex
  /\b(?:no|not|don't|do not|doesn't|does not|never|without)\b(?: \w+){0,4} (?:need|needs|needed|request|requests|budget|ask|asks|intervention|expenditures|funding)\b/,
  /^(?:none|nothing|n\/a|no)\b/,
  /\bnothing (?:immediate|needed|urgent|more|to report)\b/,
  /\bno (?:hard |important |urgent |actionable |immediate )?(?:requests|asks|blockers)\b/,
];

const TYPE_RULES: [AskType, RegExp][] = [
  ['budget', /\b(?:fund|funds|funding|funded|budget|money|monetary|pay|paid|payment|sponsor\w*|grant|donation\w*|salary|cost|costs|expenses?|invoice|euros?|dollars?|eur|usd)\b|[€$£]\s?\d/],
  ['access', /\be-?mail\b|\balias\b|@[\w-]+\.(?:org|com|net)\b|\baddress\b|\b(?:matrix|chat|private) (?:room|space|channel)\b|\broom\b|\bpermissions?\b|\baccess\b|\baccounts?\b|\bcredentials?\b|\bcommit (?:bit|rights)\b|\badmin rights\b|\bdomain\b|\bdns\b|\bgithub (?:team|org)\b/],
  ['process', /\bprocess(?:es)?\b|\bpolic(?:y|ies)\b|\bformali[sz]\w*|\bescalation\b|\bguidelines?\b|\bgovernance\b|\brotation\b|\bmechanism\b|\brules?\b|\bcharter\b|\bprocedures?\b/],
  ['approval', /\bapprov\w*|\bsign-?off\b|\bdecisions?\b|\bdecide\b|\bendorse\w*|\bapply (?:for|to)\b|\bofficial(?:ly)?\b|\bauthori[sz]\w*/],
  ['people', /\bpeople\b|\bhelp\b|\bvolunteers?\b|\bmaintainers?\b|\bcontributors?\b|\bhands\b|\bhir(?:e|ing)\b|\bpersons?\b|\bstaff\b|\bmembers\b|\bwelcome\b|\breviewers?\b/],
  ['information', /\binput\b|\bfeedback\b|\blet us know\b|\binform\w*|\bclarif\w*|\bguidance\b|\badvice\b|\bquestions?\b|\bopinions?\b/],
];

/** Lowercase and straighten typographic apostrophes so one set of patterns fits all posts. */
export function normalizeForAsk(text: string): string {
  const lower = text.toLowerCase();
  return /[\u2018\u2019\u02bc]/.test(lower) ? lower.replace(/[\u2018\u2019\u02bc]/g, "'") : lower;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim() !== '');
}

/** True when some sentence of `text` asks for something and does not negate the asking. */
export function isAskText(text: string): boolean {
  const t = normalizeForAsk(text);
  // Gate: without one of these words no asking pattern can match, so skip the sentence split.
  if (!ASK_WORDS.test(t)) return false;
  return sentences(t).some((s) => ASKING.some((re) => re.test(s)) && !NEGATED.some((re) => re.test(s)));
}

const ASK_WORDS = /need|requir|like|love|want|we get|we have|we ask|we request|we receive|we obtain|if we could|please|let us know|welcome|looking for|it would be|request|ask|approval|hope|seeking/;

/** True when the text opens a list of needs, e.g. "To go ahead, we will need:". */
export function isAskIntro(text: string): boolean {
  return /:\s*$/.test(text) && isAskText(text);
}

/** Ask type from the words of the text; undefined when no rule matches. */
export function askTypeOf(text: string): AskType | undefined {
  const t = normalizeForAsk(text);
  for (const [type, re] of TYPE_RULES) if (re.test(t)) return type;
  return undefined;
}
