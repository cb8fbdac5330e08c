/**
 * The vote and outcome lines of the SC's minutes (issue 15), one line at a time:
 *
 *     +1 @a            @a: +1           +1: @a, @b @c (retroactively)    abstain: @k
 *     -1: @c: "I'm unsure …"           @a, b, c: +1      @t: Yes       recuse: @t
 *     Pro: @a, @b      Con: none       Partners: pro @a, @b — con: none.
 *     Motion accepted.  Passes  (agreement)  Result: all approved  Vote deferred.
 *     Vote in Zulip: CUDA contract approved.   [Vote #12: …](…) — ✅ Accepted (6-0, 1 absent)
 */
import { HANDLE_SOURCE } from './people';
import type { MinutesOutcome, MinutesVote } from './types';

const VOTE_WORD: Record<string, MinutesVote['vote'] | 'recuse'> = {
  '+1': '+1', ':+1:': '+1', '👍': '+1', yes: '+1', pro: '+1', for: '+1', aye: '+1',
  '-1': '-1', ':-1:': '-1', '👎': '-1', no: '-1', con: '-1', against: '-1', nay: '-1',
  abstain: 'abstain', ':ab:': 'abstain', recuse: 'recuse', recused: 'recuse',
};
const WORDS = '\\+1|-1|:\\+1:|:-1:|:ab:|👍|👎|yes|no|pro|con|abstain|recused?';
const PERSON = `\`?@?${HANDLE_SOURCE}\`?`;
/** `+1: @a, @b`, `+1 @a`, `Pro: @a`, `abstain:` — the vote first. */
const VOTE_FIRST = new RegExp(`^(${WORDS})\\s*:?\\s*(.*)$`, 'iu');
/** The vote word a clause ends with (`… : +1`, `… Yes (async)`); searched from the end, so no backtracking. */
const VOTE_LAST = new RegExp(`(?:^|[\\s:])(${WORDS})\\s*(?:\\(([^()]*)\\))?\\s*[.!]?$`, 'iu');
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the constants above only
const PERSON_TOKEN = new RegExp(`^${PERSON}$`, 'u');

/** `@a: +1`, `@a, b, c: +1`, `@t: Yes`, `@a :+1:`, `async: @t +1` — the people first, at least one as `@handle`. */
function peopleFirst(clause: string): { label?: string; people: string[]; word: string; note?: string } | undefined {
  const m = VOTE_LAST.exec(clause);
  if (!m) return undefined;
  let head = clause.slice(0, m.index).replace(/[\s:]+$/, '');
  const label = /^([\p{L} ]{1,20}):\s*(?=`?@)/u.exec(head);
  if (label) head = head.slice(label[0].length);
  const tokens = head.split(/\s*(?:[,/&]|\band\b)\s*|\s+/).filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > 12 || !tokens.every((t) => PERSON_TOKEN.test(t)) || !tokens.some((t) => t.includes('@'))) return undefined;
  return { people: tokens.map(bareName), word: m[1] ?? '', ...(label ? { label: label[1]!.trim() } : {}), ...(m[2]?.trim() ? { note: m[2].trim() } : {}) };
}

const LABELLED = /^[\p{L} ]{1,30}:\s*(?=(?:\+1|-1|pro|con|abstain)\b)/iu;

/** The votes a line records, or undefined when the line is not a vote line (`-1:` with nobody is one). */
export function votesOfLine(text: string): MinutesVote[] | undefined {
  const line = text.trim().replace(/^\*\*(.+?)\*\*/, '$1');
  const votes: MinutesVote[] = [];
  for (const clause of line.split(/\s+[—–]\s+|;\s+/)) {
    const found = clauseVotes(clause);
    if (found === undefined) return undefined;
    votes.push(...found);
  }
  return votes;
}

function clauseVotes(clause: string): MinutesVote[] | undefined {
  const first = peopleFirst(clause);
  if (first) {
    const vote = VOTE_WORD[first.word.toLowerCase()];
    if (!vote) return undefined;
    const note = [first.label, first.note].filter(Boolean).join('; ');
    return first.people.map((who) => record(who, vote, note || undefined));
  }
  const m = VOTE_FIRST.exec(clause.replace(LABELLED, ''));
  const vote = m ? VOTE_WORD[(m[1] ?? '').toLowerCase()] : undefined;
  if (!m || !vote) return undefined;
  const rest = (m[2] ?? '').trim();
  // `-1:`, `abstain:`, `Con: none` record nobody; a bare `Yes` or `No one` is not a vote line.
  if (/^(none|nobody|n\/a|-|—)?\.?$/i.test(rest)) return /^\s*\S+\s*:/.test(clause.replace(LABELLED, '')) ? [] : undefined;
  if (!rest.includes('@')) return undefined;
  return peopleWithNotes(rest)?.map(({ who, note }) => record(who, vote, note));
}

function record(who: string, vote: MinutesVote['vote'] | 'recuse', note?: string): MinutesVote {
  if (vote === 'recuse') return { who, vote: 'abstain', note: note ? `recused; ${note}` : 'recused' };
  return { who, vote, ...(note ? { note } : {}) };
}

const bareName = (p: string) => p.replace(/`/g, '').trim();

/** `@a, @b (retroactively), @c: "why"` → people with what was written after each. */
function peopleWithNotes(rest: string): { who: string; note?: string }[] | undefined {
  const out: { who: string; note?: string }[] = [];
  // eslint-disable-next-line security/detect-non-literal-regexp -- built from the constant PERSON only
  const person = new RegExp(`^(${PERSON})\\s*`, 'u');
  let s = rest;
  while (s.length) {
    s = s.replace(/^[\s,;]+/, '');
    if (!s) break;
    const m = person.exec(s);
    if (!m || (!m[1]!.includes('@') && out.length === 0 && !/^[\p{L}\p{N}_-]+(\s*,|\s*$)/u.test(s))) return out.length ? out : undefined;
    s = s.slice(m[0].length);
    const who = bareName(m[1] ?? '');
    const paren = /^\(([^()]*)\)\s*/.exec(s);
    const said = /^:\s*(.+)$/.exec(s);
    if (paren) {
      out.push({ who, note: paren[1]!.trim() });
      s = s.slice(paren[0].length);
    } else if (said) {
      out.push({ who, note: said[1]!.trim() });
      s = '';
    } else out.push({ who });
  }
  return out;
}

/** Outcome words and what they mean. */
const OUTCOMES: [RegExp, MinutesOutcome][] = [
  [/\b(approved|accepted|passe[sd]|carried|agreement|agreed|unanimous(ly)?( approval| agreement| consent)?|in favou?r|✅)/i, 'approved'],
  [/\b(rejected|declined|failed|not approved|❌)/i, 'rejected'],
  [/\b(deferred|postponed|tabled)\b/i, 'deferred'],
  [/\bwithdrawn\b/i, 'withdrawn'],
];

/** The outcome a word in `text` names (rejected before approved: "not approved"). */
export function outcomeWord(text: string): MinutesOutcome | undefined {
  const [approved, rejected, ...rest] = OUTCOMES;
  for (const [re, outcome] of [rejected!, ...rest, approved!]) if (re.test(text)) return outcome;
  return undefined;
}

const OUTCOME_START = /^(agreement|agreed|approved|accepted|passe[sd]|carried|rejected|deferred|tabled|unanimous|in favou?r)\b/i;
const OUTCOME_LEAD = /^(all|this was|quorum reached;|motion|vote|everyone)\s+/i;

/** Whether a line is an outcome and nothing else (rules of {@link outcomeLine}). */
function isOutcomeOnly(text: string): boolean {
  let t = text.trim().replace(/^\(\s*/, '').replace(/\s*\)?\s*[.!]?$/, '');
  const label = /^\[[^\]]*\]\s*:\s*/.exec(t) ?? /^(?:result|conclusion|outcome|decision)\s*:\s*/i.exec(t);
  if (label) t = t.slice(label[0].length);
  const lead = OUTCOME_LEAD.exec(t);
  if (lead) t = t.slice(lead[0].length);
  const word = OUTCOME_START.exec(t);
  return word !== null && t.length - word[0].length <= 80 && !/[()?]/.test(t.slice(word[0].length));
}

/** The outcome a whole line states (`Motion accepted.`, `(agreement)`, `Result: all approved`), if it is one. */
export function outcomeLine(text: string): { outcome: MinutesOutcome; text: string } | undefined {
  const t = text.trim();
  if (t.length > 140 || !isOutcomeOnly(t) || /\bno vote\b/i.test(t)) return undefined;
  const outcome = outcomeWord(t);
  return outcome ? { outcome, text: t } : undefined;
}

/** Whether a line is about a vote, a proposal or a motion (so that an outcome in it is a decision's). */
export function hasVoteMarker(text: string): boolean {
  return /\b(vote[ds]?|voting|proposals?|motion|contract)\b/i.test(text);
}

/** An outcome stated inside a line about a vote (`… — ✅ Accepted (6-0, 1 absent)`, `(proposal was rejected)`). */
export function outcomeInLine(text: string): { outcome: MinutesOutcome; text: string } | undefined {
  const line = plainText(text);
  if (!hasVoteMarker(line) || /\bno vote\b|\?\s*$/i.test(line)) return undefined;
  const m = /(✅|❌|\b(?:approved|accepted|passed|passes|rejected|deferred|withdrawn)\b)[^.;]*[.;]?\s*$/i.exec(line);
  // The outcome ends the line ("… approved.", "— ✅ Accepted (6-0, 1 absent)"), it does not start a clause.
  if (!m || m[0].split(/\s+/).length > 6) return undefined;
  const outcome = outcomeWord(m[0]);
  const said = m[0].replace(/[.;\s]+$/, '').trim();
  return outcome ? { outcome, text: said.includes('(') ? said : said.replace(/\)+$/, '') } : undefined;
}

/** Inline Markdown as plain text: links by their text, emphasis and code marks dropped. */
export function plainText(text: string): string {
  return text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(\*\*|__|\*|_|~~|`)(?=\S)([^*_~`]*?\S)\1/g, '$2').replace(/\s+/g, ' ').trim();
}

/** A tally without names (`5 :+1:, 1 :-1:, 1 :ab:`, `6-0`): counts for and against. */
export function tallyIn(text: string): { plus: number; minus: number; text: string } | undefined {
  const plus = /(\d+)\s*(?::\+1:|\+1|👍)/.exec(text);
  if (plus) {
    const minus = /(\d+)\s*(?::-1:|-1|👎)/.exec(text.slice(plus.index + plus[0].length));
    return { plus: Number(plus[1]), minus: Number(minus?.[1] ?? 0), text: text.trim() };
  }
  const score = /\((\d+)\s*-\s*(\d+)\b[^)]*\)/.exec(text);
  return score ? { plus: Number(score[1]), minus: Number(score[2]), text: score[0] } : undefined;
}
