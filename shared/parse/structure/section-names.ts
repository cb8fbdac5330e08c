/**
 * The headings real team updates use, mapped to the seven section kinds. The SC's request
 * asks for Current Status, People, Blockers or Challenges, Upcoming Topics or Projects and
 * Budget issues; replies vary ("Budget Issues", "Budget requests", "Blockers and challenges",
 * "TL;DR", "Details", the stdenv team's Completed / In Progress / Paused / In ideation / In
 * formation as parts of status). Matching is on a normalised form (see `normalizeHeading`).
 */
import type { SectionKind } from '../../model';

const NAMES: Record<SectionKind, string[]> = {
  status: [
    'current status', 'status', 'status update', 'tl dr', 'tldr', 'tl dr summary', 'details', 'summary', 'overview',
    'completed', 'done', 'in progress', 'paused', 'in ideation', 'in formation', 'ongoing', 'accomplishments',
    'key accomplishments', 'progress', 'recent progress', 'highlights', 'achievements', 'what we did', 'update',
    'what i did this week', 'current state', 'state', 'news',
  ],
  people: ['people', 'team', 'team members', 'members', 'people and roles', 'roles', 'contributors', 'who', 'staffing', 'people and ownership'],
  blockers: [
    'blockers or challenges', 'blockers and challenges', 'blockers challenges', 'blockers', 'challenges', 'blocker',
    'challenge', 'issues', 'problems', 'risks', 'obstacles', 'blocked', 'current issues', 'concerns',
  ],
  upcoming: [
    'upcoming topics or projects', 'upcoming topics and projects', 'upcoming topics', 'upcoming projects', 'upcoming',
    'next steps', 'plans', 'next', 'roadmap', 'future work', 'planned', 'next week', 'future', 'upcoming work', 'outlook',
  ],
  budget: ['budget', 'budget issues', 'budget requests', 'budget request', 'budget needs', 'funding', 'finances', 'money', 'costs', 'expenses', 'budget and funding'],
  requests: ['requests', 'request', 'asks', 'requests for the sc', 'requests to the sc', 'asks for the sc', 'needs', 'help wanted', 'what we need', 'decisions needed', 'requests and asks'],
  other: ['other', 'misc', 'miscellaneous', 'notes', 'other topics', 'anything else', 'additional notes', 'other notes', 'comments'],
};

const LOOKUP = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(NAMES) as [SectionKind, string[]][]) for (const name of names) LOOKUP.set(name, kind);

/** Lowercase, `&` → and, numbering/markup/punctuation removed, whitespace collapsed. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:\d+[.)]|[ivx]+\.)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Section kind of a heading text, or undefined when it is not a known section name. */
export function sectionKindOf(heading: string): SectionKind | undefined {
  if (heading.length > 60) return undefined;
  // Fast path for the common plain heading ("Current Status"): no numbering or punctuation to strip.
  // Headings here are at most 60 characters, and words are split by a literal space.
  // eslint-disable-next-line security/detect-unsafe-regex
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(heading)) return LOOKUP.get(heading.toLowerCase());
  return LOOKUP.get(normalizeHeading(heading));
}

/** Item kind of the items of a section kind. */
export const ITEM_KIND_OF = {
  status: 'status', people: 'people', blockers: 'blocker', upcoming: 'upcoming', budget: 'budget', requests: 'request', other: 'other',
} as const satisfies Record<SectionKind, string>;

/** Sections that come late in an update; a fresh opening after them suggests a new post (plain-text split). */
export const LATE_SECTIONS: ReadonlySet<SectionKind> = new Set<SectionKind>(['blockers', 'budget', 'requests', 'other']);
