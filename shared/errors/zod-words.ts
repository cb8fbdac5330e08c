/**
 * Validator output in words (issue 20: "every refusal in words"). A zod issue names a field
 * by a path (`sections.2.heading`) and a limit in the validator's terms ("Too big: expected
 * string to have <=1000 characters"), a date format by a 400-character regex, and a whole
 * ZodError's message is the JSON of its issues. None of that is for an SC member. These
 * helpers say which field, what it holds and what the limit is — "its heading of section 3
 * is 2,003 characters long; at most 1,000 are allowed" — and never show a pattern, a code
 * or JSON. Callers put the subject in front (file, post, backup row) and the outcome after
 * ("Nothing was imported.").
 */

/** The parts of a zod 4 issue read here (structurally a `z.core.$ZodIssue`). */
export type IssueLike = {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly inclusive?: unknown;
  readonly origin?: unknown;
  readonly format?: unknown;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly divisor?: unknown;
  readonly note?: unknown;
};

/** Field names of the model's rows in words; the rest are split from camelCase. */
const FIELD_NAMES: Record<string, string> = {
  raw: 'text', url: 'link', links: 'links', mentions: '@mentions', amounts: 'amounts', postedAt: 'posting date',
  editedAt: 'edit date', createdAt: 'creation date', updatedAt: 'change date', importedAt: 'import date',
  refreshedAt: 'refresh date', replacedAt: 'replacement date', decidedOn: 'decision day', dueOn: 'due day',
  startsAt: 'start time', opensAt: 'opening time', closesAt: 'closing time', confidentialUntil: 'embargo day',
  reviewOn: 'review day', color: 'colour', tagIds: 'tags', assigneeIds: 'assignees', teamIds: 'teams',
  itemIds: 'items', decisionIds: 'decisions', memberId: 'member', teamId: 'team', updateId: 'update',
  threadId: 'thread', meetingId: 'meeting', sourceId: 'source', aliases: 'aliases', groupHandles: 'group handles',
  by: 'author', at: 'time', askType: 'kind of ask', postId: 'post id', postNumber: 'post number', replyTo: 'reply number',
};
/** Containers that add nothing to a field's name (`entities.links.0` is "link 1"). */
const SILENT = new Set(['entities']);
const SINGULAR: Record<string, string> = { aliases: 'alias', entities: 'entity', '@mentions': '@mention' };

const EXPECTED: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'yes or no', array: 'a list', object: 'a record',
  tuple: 'a list', bigint: 'a whole number', date: 'a date', null: 'nothing', undefined: 'nothing',
};

const FORMATS: Record<string, string> = {
  datetime: 'a date and time like 2024-11-25T10:00:00Z', date: 'a calendar day like 2024-12-09', time: 'a time like 10:00',
  email: 'an e-mail address', url: 'a web address', uuid: 'an identifier', duration: 'a duration',
};

/** Thousands separated, e.g. `1,203,441`. */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-US') : String(n);
}

function words(segment: string): string {
  return FIELD_NAMES[segment] ?? segment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

function singular(name: string): string {
  return SINGULAR[name] ?? (name.length > 3 && name.endsWith('s') ? name.slice(0, -1) : name);
}

/** The field a path names, in words: `sections.2.heading` → "heading of section 3"; "" for the row itself. */
export function fieldInWords(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment !== 'string' || SILENT.has(segment)) continue;
    const next = path[i + 1];
    const name = words(segment);
    parts.push(typeof next === 'number' ? `${singular(name)} ${next + 1}` : name);
  }
  if (parts.length === 0 && typeof path[0] === 'number') return `entry ${path[0] + 1}`;
  return parts.reverse().join(' of ');
}

/** The value at `path` inside `root`, if there is one. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const segment of path) {
    if (typeof at !== 'object' || at === null || typeof segment === 'symbol') return undefined;
    at = (at as Record<string | number, unknown>)[segment];
  }
  return at;
}

/** A value shown inside a message: one line, at most 40 characters, nothing that reads as JSON. */
export function previewOf(value: string): string {
  const line = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/[{}"“”]/g, '').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return `the text “${previewOf(value)}”`;
    case 'number': return `the number ${value}`;
    case 'boolean': return value ? 'yes' : 'no';
    case 'object': return 'a record';
    default: return typeof value;
  }
}

const count = (n: unknown) => (typeof n === 'number' || typeof n === 'bigint' ? formatCount(Number(n)) : String(n));

function tooBig(issue: IssueLike, its: string, value: unknown): string {
  const max = count(issue.maximum);
  if (typeof value === 'string') return `${its} is ${formatCount(value.length)} characters long; at most ${max} are allowed`;
  if (Array.isArray(value)) return `${its} has ${formatCount(value.length)} entries; at most ${max} are allowed`;
  if (typeof value === 'number') return `${its} is ${formatCount(value)}; it can be at most ${max}`;
  return issue.origin === 'string' ? `${its} is longer than the ${max} characters allowed` : `${its} is over the limit of ${max}`;
}

function tooSmall(issue: IssueLike, its: string, value: unknown): string {
  const min = count(issue.minimum);
  if (typeof value === 'string') return value.length === 0 ? `${its} is empty` : `${its} is ${formatCount(value.length)} characters long; it needs at least ${min}`;
  if (Array.isArray(value)) return value.length === 0 ? `${its} is an empty list` : `${its} has ${formatCount(value.length)} entries; it needs at least ${min}`;
  if (typeof value === 'number') return `${its} is ${formatCount(value)}; it must be ${issue.inclusive === false ? 'more than' : 'at least'} ${min}`;
  return `${its} is too small`;
}

function badFormat(issue: IssueLike, its: string, value: unknown, field: string): string {
  const shown = typeof value === 'string' ? ` “${previewOf(value)}”` : '';
  const format = typeof issue.format === 'string' ? issue.format : '';
  // `new Date(…).toISOString()` writes years past 9999 as `+010000-…`: name the real problem.
  if ((format === 'datetime' || format === 'date') && typeof value === 'string' && /^[+-]\d{6}/.test(value.trim())) {
    return `${its}${shown} is outside the years 0000–9999`;
  }
  if (format === 'regex') return `${its}${shown} is not ${/colou?r/.test(field) ? 'a colour like #3366cc' : 'in the form Steering Desk expects'}`;
  return `${its}${shown} is not ${FORMATS[format] ?? 'in the form Steering Desk expects'}`;
}

/**
 * One issue in words, without a subject: "its text is 1,203,441 characters long; at most
 * 1,000,000 are allowed". `root` is the value that was validated, to say what the field holds.
 */
export function issueInWords(issue: IssueLike, root?: unknown): string {
  const field = fieldInWords(issue.path);
  const its = field === '' ? 'it' : `its ${field}`;
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'too_big': return tooBig(issue, its, value);
    case 'too_small': return tooSmall(issue, its, value);
    case 'invalid_format': return badFormat(issue, its, value, field);
    case 'invalid_type': {
      const expected = typeof issue.expected === 'string' ? (EXPECTED[issue.expected] ?? issue.expected) : 'something else';
      return value === undefined ? `${its} is missing` : `${its} is ${kindOf(value)} where ${expected} was expected`;
    }
    case 'invalid_value': {
      const options = (issue.values ?? []).slice(0, 8).map((v) => previewOf(String(v)));
      return `${its} is ${kindOf(value)}, which is not one of ${options.join(', ')}${(issue.values?.length ?? 0) > 8 ? ', …' : ''}`;
    }
    case 'invalid_union': return `${its} is ${value === undefined ? 'missing' : `${kindOf(value)}, which is not a kind Steering Desk knows`}`;
    case 'unrecognized_keys': return `${its} has fields Steering Desk does not know (${(issue.keys ?? []).slice(0, 5).map(previewOf).join(', ')})`;
    case 'not_multiple_of': return `${its} is not a multiple of ${count(issue.divisor)}`;
    default: return `${its} is not valid`;
  }
}

/** True for a thrown ZodError (or anything shaped like one): the `issues` are what to read, never its message. */
export function isZodErrorLike(error: unknown): error is { issues: readonly IssueLike[] } {
  if (typeof error !== 'object' || error === null) return false;
  const issues = (error as { issues?: unknown }).issues;
  return Array.isArray(issues) && issues.every((i) => typeof i === 'object' && i !== null && typeof (i as IssueLike).code === 'string' && Array.isArray((i as IssueLike).path));
}

/** Longest message these helpers return; a longer one is cut. */
export const MAX_MESSAGE_LENGTH = 300;

/** `text` on one line and at most `max` characters. */
export function shortMessage(text: string, max = MAX_MESSAGE_LENGTH): string {
  const line = text.replace(/\s*\n\s*/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * Any thrown value as one short sentence: a ZodError's first issue in words (its JSON
 * message never), an Error's message, or the value as text; one line, at most 300 characters.
 */
export function errorInWords(error: unknown, root?: unknown): string {
  if (isZodErrorLike(error)) {
    const first = error.issues[0];
    const more = error.issues.length - 1;
    const sentence = first ? issueInWords(first, root) : 'it is not valid';
    return shortMessage(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}.`);
  }
  if (error instanceof Error) return shortMessage(error.message || error.name);
  return shortMessage(String(error));
}
