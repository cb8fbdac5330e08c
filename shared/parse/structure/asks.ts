/**
 * Is an item an ask — something the team needs from the SC or another team — and of which
 * type (issue 3)? Decided per sentence: a sentence asks when it has an asking phrase ("we
 * need", "we'd like", "can we get", "please let us know", "… are welcome") and no negation
 * of it ("we do not need", "no hard requests", "None at this time").
 *
 * Issue 15: a wish about the team's own work is not an ask ("we'd like to accomplish X
 * first", "please feel free to add commentary"), and an answer that says there is nothing to
 * ask ("None at this time", "we do not need a budget", "N/A") is a no-request
 * (`isNoRequest`): the items code files it as status, never as a request or budget item.
 */
import type { AskType } from '../../model';

const ASKING = [
  /\bwe(?:'d| would| will| do| also| only| still| really| urgently| currently| now)* (?:need|require)s?\b/,
  /\b(?:thing|things|what) we need\b/,
  /\bneed(?:s|ed)? (?:more |some |additional )?(?:help|people|volunteers|maintainers|hands|support|funding|budget|input|approval|assistance|resources|reviewers|approvers)\b/,
  // "We'd like to accomplish our goal first" is a plan of the team's own, not an ask.
  /\bwe(?:'d| would) (?:like|love|want)\b(?! to (?:accomplish|achieve|address|continue|finish|complete|focus|grow|highlight|mention|note|point out|thank|work on|see|keep|improve|release|reduce|share|remind|announce|acknowledge|express|celebrate|congratulate|report)\b)/,
  /\b(?:can|could|may) we (?:get|have|ask|request|receive|obtain)\b/,
  /\bif we could\b/,
  // "Please feel free to add commentary" and "please do so" invite; they ask for nothing.
  /\bplease\b(?! (?:feel free|note|see|find|refer|check|do so|don't hesitate)\b)/,
  /\blet us know\b/,
  /\b(?:are|is|would be) (?:very |more than |always )?welcome\b/,
  /\blooking for (?:more |new )?(?:people|help|volunteers|maintainers|contributors|members|someone)\b/,
  /\bit would be (?:convenient|good|great|helpful|useful|beneficial|nice)\b/,
  /\b(?:we )?(?:request|are requesting|ask|are asking) (?:for|the sc|that|to)\b/,
  /\bapproval (?:from|of|by)\b/,
  /\bwe (?:want|hope) (?:to get|the sc|for)\b/,
  /\bseeking\b/,
  /\bin need of\b/,
  /\b(?:get|getting|use|wish for|want) (?:more |some |additional |extra )?help\b/,
  /\bwish(?:es)? to (?:get|have|receive|obtain)\b/,
  // "The CNCF can help by providing more exposure": what the committee could do, asked.
  // At most two words between the name and the verb: bounded.
  // eslint-disable-next-line security/detect-unsafe-regex
  /\b(?:sc|steering committee|committee|cncf|toc|foundation|board)(?: \w+){0,2} (?:can|could|would|might) help\b/,
  /\b(?:would|could|can|will|may) (?:the )?(?:sc|steering committee|committee|board|foundation|toc|cncf)\b[^?.!]*\?/,
  /\bis it possible (?:to get|to have|for us)\b/,
];

// The gap is at most four space-separated words: bounded backtracking.
// eslint-disable-next-line security/detect-unsafe-regex
const NEGATED_NEED = /\b(?:no|not|don't|do not|doesn't|does not|never|without)\b(?: \w+){0,4} (?:need|needs|needed|request|requests|budget|ask|asks|intervention|expenditures|funding)\b/;

const NEGATED = [
  NEGATED_NEED,
  /^(?:none|nothing|n\/a|no)\b/,
  /\bnothing (?:immediate|needed|urgent|more|to report)\b/,
  /\bno (?:hard |important |urgent |actionable |immediate )?(?:requests|asks|blockers)\b/,
];

const TYPE_RULES: [AskType, RegExp][] = [
  ['budget', /\b(?:fund|funds|funding|funded|budget|money|monetary|pay|paid|payment|sponsor\w*|grant|donation\w*|salary|cost|costs|expenses?|invoice|euros?|dollars?|eur|usd|financ\w*|open collective)\b|[€$£]\s?\d/],
  ['access', /\be-?mail\b|\balias\b|@[\w-]+\.(?:org|com|net)\b|\baddress\b|\b(?:matrix|chat|private) (?:room|space|channel)\b|\broom\b|\bpermissions?\b|\baccess\b|\baccounts?\b|\bcredentials?\b|\bcommit (?:bit|rights)\b|\badmin rights\b|\bdomain\b|\bdns\b|\bgithub (?:team|org)\b/],
  ['process', /\bprocess(?:es)?\b|\bpolic(?:y|ies)\b|\bformali[sz]\w*|\bescalation\b|\bguidelines?\b|\bgovernance\b|\brotation\b|\bmechanism\b|\brules?\b|\bcharter\b|\bprocedures?\b/],
  // "approvers" are people, not an approval.
  ['approval', /\bapprov(?!ers?\b)\w*|\bsign-?off\b|\bdecisions?\b|\bdecide\b|\bendorse\w*|\bapply (?:for|to)\b|\bofficial(?:ly)?\b|\bauthori[sz]\w*/],
  ['people', /\bpeople\b|\bhelp\b|\bassist\w*|\bvolunteers?\b|\bmaintainers?\b|\bcontributors?\b|\bhands\b|\bhir(?:e|ing)\b|\bpersons?\b|\bstaff\b|\bmembers\b|\bwelcome\b|\breviewers?\b/],
  ['information', /\binput\b|\bfeedback\b|\blet us know\b|\binform\w*|\bclarif\w*|\bguidance\b|\badvice\b|\bquestions?\b|\bopinions?\b/],
];

/** Lowercase and straighten typographic apostrophes so one set of patterns fits all posts. */
export function normalizeForAsk(text: string): string {
  const lower = text.toLowerCase();
  return /[\u2018\u2019\u02bc]/.test(lower) ? lower.replace(/[\u2018\u2019\u02bc]/g, "'") : lower;
}

/** Sentences, and the clauses of ", but …" (so "None yet, but we need a room" asks). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+|,\s+but\s+/).filter((s) => s.trim() !== '');
}

/** True when some sentence of `text` asks for something and does not negate the asking. */
export function isAskText(text: string): boolean {
  const t = normalizeForAsk(text);
  // Gates: without one of these words no asking pattern can match, and without a match in
  // the whole text none can match in a sentence, so skip the sentence split.
  if (!ASK_WORDS.test(t) || !ASKING.some((re) => re.test(t))) return false;
  return sentences(t).some((s) => ASKING.some((re) => re.test(s)) && !NEGATED.some((re) => re.test(s)));
}

const ASK_WORDS = /need|requir|like|love|want|we get|we have|we ask|we request|we receive|we obtain|if we could|please|let us know|welcome|looking for|it would be|request|ask|approval|hope|seeking|help|wish|possible|\?/;

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

/** "None", "N/A", "Not at this time", "No." — an answer that is a plain no ("None of the docs …" is not). */
const NO_OPENER = /^(?:none|nothing|nope|n\/?a|no|not (?:yet|currently|really|now|applicable|needed|at (?:this|the) (?:time|moment|point)|at present|so far))(?:$|[.!,;:)]|\s+(?:at (?:this|the) (?:time|moment|point)|at present|for now|right now|currently|so far|yet|since|as of)\b)/;

const NO_NEED = [
  NEGATED_NEED,
  /\bnothing (?:immediate|needed|urgent|more|to report|to ask|planned|new)\b/,
  /\bno (?:hard |important |urgent |actionable |immediate |other |further |additional |specific |new )*(?:requests|asks|blockers|needs)\b/,
];

/**
 * True when `text` says the team needs nothing (issue 15): some sentence is a plain no or
 * negates a need, and no sentence asks. "None at this time. Any additional budget … will
 * always be appreciated" is a no-request; "None yet, but we need a room" is an ask.
 * `asks`: `isAskText(text)` when the caller has it already.
 */
export function isNoRequest(text: string, asks: boolean = isAskText(text)): boolean {
  if (asks) return false;
  const t = normalizeForAsk(text).trim();
  return sentences(t).some((s) => {
    const bare = s.replace(/^[\s*_>-]+/, '');
    return NO_OPENER.test(bare) || NO_NEED.some((re) => re.test(bare));
  });
}
