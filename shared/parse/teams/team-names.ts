/**
 * Team names as posts write them (issue 15): what counts as the name of a group of people,
 * how a report title is stripped of its boilerplate ("2023 Annual Report:", "update for
 * July/June 2023", "meeting notes #1"), and the normal form names are compared in. Pure
 * string work, no registry: `registry.ts` resolves the names found here.
 */

/** Last words that make a phrase the name of a group ("CUDA Team", "Steering Committee", "Nixpkgs CUDA maintainers"). */
const GROUP_END = new Set(['team', 'teams', 'committee', 'council', 'board', 'group', 'taskforce', 'maintainers', 'crew', 'squad', 'guild', 'collective']);
/** First words that do the same in Kubernetes-style names ("SIG Release", "WG LTS"). Case-sensitive: "sig" in prose is not one. */
const GROUP_START = new Set(['SIG', 'WG', 'UG']);
/** Words a name does not start with: "the team", "our team", "a team of 7 folks" name no team. */
const NOT_A_NAME_START = new Set([
  'the', 'a', 'an', 'our', 'my', 'your', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'every', 'each',
  'all', 'some', 'any', 'other', 'another', 'whole', 'entire', 'same', 'new', 'and', 'or', 'of', 'for', 'with', 'from',
  'to', 'in', 'on', 'at', 'by', 'as', 'overall', 'so', 'but', 'we', 'us', 'i', 'you', 'they', 'team', 'teams',
]);
/** Words no team name has inside it: "Request for the Infrastructure team", "Thanks to the Infra team" are not names. */
const NOT_IN_NAME = new Set(['for', 'from', 'with', 'to', 'by', 'about', 'via', 'thanks', 'thank', 'help', 'please', 'need', 'needs', 'asks', 'request', 'requests', 'we', 'us', 'our']);
/** Title words that are about the report, not the team. */
const BOILERPLATE = new Set([
  'report', 'reports', 'update', 'updates', 'status', 'annual', 'yearly', 'quarterly', 'monthly', 'weekly', 'biweekly',
  'bi-weekly', 'dev', 'roadmap', 'recap', 'summary', 'retrospective', 'newsletter', 'digest', 'roundup', 'minutes', 'notes',
  'meeting', 'meetings', 'agenda', 'progress', 'news', 'announcement', 'edition', 'tl;dr', 'tldr',
]);
/** Connectors left at the ends of a title once its boilerplate is gone ("CUDA Team … and", "… for"). */
const CONNECTOR = new Set(['and', 'for', 'of', 'the', 'on', 'in', 'with', 'from', 'to', 'at', 'by', '&', '+', '/', '-', '–', '—']);
// MONTH and DATE_TOKEN only ever test one word of a title.
// eslint-disable-next-line security/detect-unsafe-regex
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
// eslint-disable-next-line security/detect-unsafe-regex
const DATE_TOKEN = /^(?:\d{1,4}(?:[-/.]\d{1,2}){0,2}|#\d+|q[1-4]|h[12]|v?\d+(?:\.\d+)*)$/i;
/** A word a team name is made of: letters or digits, with inner dots, hyphens, apostrophes or `&`. */
const NAME_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'’&-]*$/u;

/** Words of a phrase, split on white space. */
export function wordsOf(phrase: string): string[] {
  return phrase.trim().split(/\s+/).filter((w) => w !== '');
}

/** True for a date-like or boilerplate title word ("2023-08-29", "July/June", "#33", "report"). */
function isBoilerplate(word: string): boolean {
  const w = word.replace(/^[("'“]+|[)"'”,.!?]+$/g, '');
  if (w === '') return true;
  if (BOILERPLATE.has(w.toLowerCase()) || DATE_TOKEN.test(w)) return true;
  return w.split(/[/–—-]/).every((part) => part === '' || MONTH.test(part) || DATE_TOKEN.test(part));
}

/** True when every word is a name word and there are at most `max` of them ("Tweag + Nix" is not a name). */
export function isNameLike(phrase: string, max = 6): boolean {
  const words = wordsOf(phrase);
  return words.length > 0 && words.length <= max && words.every((w) => NAME_WORD.test(w));
}

/** True for the name of a group of people: "CUDA Team", "SIG K8s Infra", "Haskell Security Response Team". */
export function isGroupName(phrase: string): boolean {
  const words = wordsOf(phrase);
  if (words.length < 2 || !isNameLike(phrase, 7)) return false;
  const first = words[0] ?? '';
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (words.some((w) => NOT_IN_NAME.has(w.toLowerCase()))) return false;
  if (GROUP_START.has(first)) return true;
  return GROUP_END.has(last) && !NOT_A_NAME_START.has(first.toLowerCase());
}

/** The form names are compared in: lower case, no scheme, no leading "the", no possessive. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*https?:\/\/(?:www\.)?/, '')
    .replace(/['’]s\b/g, '')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,:;!?/]+$/, '')
    .trim();
}

/** A name as it is shown: the words as written, without a leading "the", a URL scheme or a possessive ("Tweag’s Nix team" → "Tweag Nix team"). */
export function displayName(name: string): string {
  return wordsOf(name.replace(/^\s*the\s+/i, '').replace(/^https?:\/\/(?:www\.)?/i, ''))
    .map((w) => w.replace(/['’]s$/, ''))
    .join(' ');
}

/** Drop connectors at both ends of a run of title words. */
function trimConnectors(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && CONNECTOR.has((words[start] ?? '').toLowerCase())) start++;
  while (end > start && CONNECTOR.has((words[end - 1] ?? '').toLowerCase())) end--;
  return words.slice(start, end);
}

/**
 * The names a report title may give its team, best first: each part of the title between
 * separators (":", " - ", "—", "|"), parentheses removed, cut at its boilerplate words.
 * "2023 Annual Report: SIG Contributor Experience" → ["SIG Contributor Experience"];
 * "CUDA Team Roadmap and Call for Sponsors" → ["CUDA Team", "Call for Sponsors"].
 */
export function titleNames(title: string): string[] {
  const out: string[] = [];
  const bare = title.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  for (const part of bare.split(/\s+[-|–—]\s+|\s*[:|]\s+|\s*[–—]\s*/)) {
    let run: string[] = [];
    const flush = () => {
      const kept = trimConnectors(run);
      if (kept.length > 0) out.push(kept.join(' '));
      run = [];
    };
    for (const word of wordsOf(part)) {
      if (isBoilerplate(word)) flush();
      else run.push(word);
    }
    flush();
  }
  return out;
}

/**
 * The team name at the start of a phrase that follows a self-naming anchor ("on behalf of
 * the …", "news from the …"): cut after its first group word, or the longest start that
 * `isKnown` accepts. "Nix team of maintainers" → "Nix team"; "RFCSC member rotation" →
 * "RFCSC" when the registry knows it. Undefined when the phrase starts with no name.
 */
export function leadingName(phrase: string, isKnown: (name: string) => boolean): string | undefined {
  const words = wordsOf(phrase.replace(/^\s*the\s+/i, '')).slice(0, 7);
  for (let n = words.length; n > 0; n--) {
    const start = words.slice(0, n).join(' ');
    if (isKnown(start)) return start;
  }
  for (let i = 1; i < words.length; i++) {
    const word = (words[i] ?? '').replace(/[’']s$/, '').toLowerCase();
    if (GROUP_END.has(word)) {
      const name = words.slice(0, i + 1).join(' ');
      return isGroupName(name) ? name : undefined;
    }
  }
  return GROUP_START.has(words[0] ?? '') && isGroupName(words.slice(0, 4).join(' ')) ? words.slice(0, 4).join(' ') : undefined;
}
