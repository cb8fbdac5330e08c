/**
 * A report template's own text (issue 15): the questions of a questionnaire that teams
 * answer inline (Kubernetes annual reports, CNCF sandbox reviews), quoted back in `>`
 * quotes, kept as HTML comments, written as headings, bold lines or list items, and the
 * descriptions of the SC's five sections copied under their headings. Template text is
 * never an item nor an ask; a question sets what its answer is (`promptContextOf`): the
 * answer to "What areas does your group need help with?" is the group's ask for people,
 * the answer to "What are the current goals?" is upcoming work.
 *
 * A team's own question is not a prompt: it speaks in the first person ("Can we get a
 * room?") or to the committee ("Would the SC fund …?"); a bullet or paragraph question is a
 * prompt only when it addresses the reporter ("your group", "you", "the project").
 */
import type { AskType, ItemKind } from '../../model';

/** How the text was written: quoted/commented, as a heading or bold line, a numbered or bullet item, a paragraph. */
export type PromptForm = 'quoted' | 'heading' | 'numbered' | 'bullet' | 'paragraph';

/** What the answer under a prompt is: its item kind, and whether it is an ask (of which type by default). */
export type PromptContext = { kind?: ItemKind; asks: boolean; askType?: AskType };

/** No kind and no ask: the section's own kind applies. */
export const NEUTRAL: PromptContext = { asks: false };

/**
 * Template text that is not a question, by its normalised start: the SC's five section
 * descriptions (discourse.nixos.org/t/56458) and the CNCF review's first instruction.
 */
const TEMPLATE_STARTS = [
  'key accomplishments, ongoing projects, and recent progress',
  'identifying people responsible for various areas',
  'any issues or resource needs for additional support, feedback, or decision by the sc',
  'any upcoming work that requires broader community collaboration',
  'any expectations or requests regarding team/project budgets',
  "include a link to your project's devstats page",
];

const QUESTION_START = /^(?:what|what's|how|are|is|do|does|did|have|has|which|who|where|when|why|can|could|would|will|should|any|if|in what|to what)\b/;
const FIRST_PERSON = /\b(?:we|we're|we've|we'd|we'll|us|our|ours|i|i'm|i've|i'd|me|my)\b/;
const TO_COMMITTEE = /^(?:would|could|can|will|may|should|does|do|is it possible for) (?:the )?(?:sc|steering committee|committee|board|foundation|toc|tsc|cncf)\b/;
const TO_REPORTER = /\b(?:you|your|yours|you're|you've|the (?:sig|wg|group|team|project|subproject|working group))\b/;
/** Ends with a question mark, or with one and then an aside in brackets ("… OWNERs? (link to more details)"). */
const QUESTION_END = /\?$|\?\s*\([^()]*\)$/;

/** Lowercase, straight apostrophes, Markdown links/emphasis/code and list markers removed, spaces collapsed. */
export function plainText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for the known non-question template text (`TEMPLATE_STARTS`). */
export function isTemplateText(text: string): boolean {
  // Cheap gate first: every known start begins with k, i or a (PERFORMANCE-FLOORS.md §4).
  const first = /[a-z]/i.exec(text)?.[0]?.toLowerCase();
  if (first !== 'k' && first !== 'i' && first !== 'a') return false;
  const t = plainText(text);
  return TEMPLATE_STARTS.some((start) => t.startsWith(start));
}

/** True when `text`, written in `form`, is a template question (rules in the module comment). */
export function isPromptText(text: string, form: PromptForm): boolean {
  if (!text.includes('?')) return false;
  const t = plainText(text);
  if (form === 'quoted') return true;
  // Asides in brackets ("(We won't penalize you …)") are the template's, not the reporter's voice.
  const bare = t.replace(/\([^()]*\)/g, ' ');
  if (FIRST_PERSON.test(bare) || TO_COMMITTEE.test(t)) return false;
  if (form === 'heading') return true;
  if (!QUESTION_START.test(t)) return false;
  if (form === 'numbered') return true;
  return TO_REPORTER.test(bare) && (form === 'bullet' || QUESTION_END.test(t.trimEnd()));
}

// Each pattern is an alternation of literal phrases with at most one optional word: linear.
/** The question asks what the team needs from the committee: the answer is a request. */
// eslint-disable-next-line security/detect-unsafe-regex
const ASKS_REQUEST = /\bhow (?:can|could|might|should|would) (?:the )?[\w@.&-]+(?: [\w&-]+)? help\b|\bwhat can (?:the )?[\w-]+ do for\b|\b(?:requests?|asks?) (?:for|to|from|of)\b|\bneeds? from\b|\bsupport from\b|\bresource needs\b|\bwhat do(?:es)? (?:you|your [\w-]+|the [\w-]+) need\b|\bhelp from\b|\b(?:sc|committee|cncf|toc|foundation|board)(?:'s)? (?:help|support)\b/;
/** The question asks where the team needs hands: the answer is an ask for people. */
const ASKS_PEOPLE = /\bneeds? (?:the most |more )?help\b|\bhelp with\b|\blacking\b|\bcould use (?:more |some )?help\b|\bcan contribute\b|\bfull[- ]time support\b|\bin need of\b|\bhelp wanted\b/;

const KIND_RULES: [ItemKind, RegExp][] = [
  ['budget', /\b(?:budgets?|funding|funds|financ\w*|money|costs?|expenses?)\b/],
  ['blocker', /\b(?:blockers?|challenges?|obstacles?|problems?|risks?)\b/],
  ['status', /\b(?:highlight\w*|accomplish\w*|achiev\w*|performed|what work did|progress|since (?:the|your) last|artifacts|initial mission|community-wide updates)\b/],
  ['upcoming', /\b(?:goals?|roadmap|plans?|planned|upcoming|next steps?|future)\b/],
  ['people', /\b(?:maintainers?|owners?|contributors?|members?|people|who|leads?|reviewers?|approvers?|staff\w*)\b/],
];

/** What the answer to a template question (or a heading) is. */
export function promptContextOf(text: string): PromptContext {
  const t = plainText(text);
  if (ASKS_REQUEST.test(t)) return /\b(?:help|support|assist\w*)\b/.test(t) ? { kind: 'request', asks: true, askType: 'people' } : { kind: 'request', asks: true };
  if (ASKS_PEOPLE.test(t)) return { kind: 'people', asks: true, askType: 'people' };
  for (const [kind, re] of KIND_RULES) if (re.test(t)) return { kind, asks: false };
  return NEUTRAL;
}
