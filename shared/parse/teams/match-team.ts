/**
 * Update → team (issue 3). Cues, strongest first: a team named by the source (front matter,
 * a per-team heading), a Discourse group handle (`@NixOS/documentation-team`), a team named
 * in the opening of the post ("The stdenv team is new…", "the moderation team grew…", a
 * TL;DR that names Xen), the author or a mentioned member being on a team, and plain
 * mentions. A team that is not in the registry is proposed as new, never dropped.
 */
import { slugify } from '../hash';
import type { TeamMatch, TeamRegistryEntry } from '../types';

/** How far into a post its "opening" reaches, in characters. */
const OPENING = 320;

type Compiled = { entry: TeamRegistryEntry; names: RegExp; startsWithName: RegExp; handles: string[]; members: Set<string> };
const cache = new WeakMap<TeamRegistryEntry[], Compiled[]>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pre-compile the registry's names into word-bounded patterns (cached per registry array). */
export function compileRegistry(teams: TeamRegistryEntry[]): Compiled[] {
  const hit = cache.get(teams);
  if (hit) return hit;
  const compiled = teams.map((entry) => {
    const names = [entry.name, ...entry.aliases].filter((n) => n.trim() !== '').map((n) => escapeRe(n.trim().toLowerCase())).sort((a, b) => b.length - a.length);
    return {
      entry,
      // Names are the SC's own registry entries, escaped above.
      // eslint-disable-next-line security/detect-non-literal-regexp
      names: new RegExp(`(?<![\\w@-])(?<![\\w.]/)(?:${names.join('|') || '(?!)'})(?![\\w-])`, 'g'),
      // eslint-disable-next-line security/detect-non-literal-regexp
      startsWithName: new RegExp(`^(?:${names.join('|') || '(?!)'})(?![\\w-])`),
      handles: entry.groupHandles.map((h) => h.toLowerCase().replace(/^@?/, '@')),
      members: new Set(entry.members.map((m) => m.toLowerCase().replace(/^@/, ''))),
    };
  });
  cache.set(teams, compiled);
  return compiled;
}

/** Inputs of `matchTeam` besides the text. */
export type TeamHints = { author?: string; teamHint?: string; title?: string };

// Only run on a post's first OPENING characters or a title, so its input is bounded.
// eslint-disable-next-line security/detect-unsafe-regex
const UNKNOWN_TEAM = /(?:^|[.!?]\s+|\n)(?:the\s+)?((?:[A-Z][\w.-]*|[a-z][\w-]*[A-Z][\w-]*)(?:\s+[A-Z][\w.-]*){0,2})\s+[Tt]eam\b/;

/** Find the team of an update's text. Returns a proposal (`isNew`) when no registry team fits. */
export function matchTeam(text: string, teams: TeamRegistryEntry[], hints: TeamHints = {}): TeamMatch {
  const lower = text.toLowerCase();
  const opening = lower.slice(0, OPENING);
  const author = hints.author?.toLowerCase();
  let best: TeamMatch | undefined;
  const consider = (entry: TeamRegistryEntry, confidence: number, cue: string) => {
    if (!best || confidence > best.confidence) best = { key: entry.key, name: entry.name, isNew: false, confidence, cue };
  };
  for (const c of compileRegistry(teams)) {
    const hint = hints.teamHint?.toLowerCase();
    c.names.lastIndex = 0;
    if (hint !== undefined && (c.names.test(hint) || c.entry.key === hint)) consider(c.entry, 1, `named by the source: "${hints.teamHint}"`);
    const handle = c.handles.find((h) => lower.includes(h));
    if (handle) consider(c.entry, 0.95, `group handle ${handle}`);
    c.names.lastIndex = 0;
    if (hints.title && c.names.test(hints.title.toLowerCase())) consider(c.entry, 0.9, `title "${hints.title}"`);
    const count = (lower.match(c.names) ?? []).length;
    if (count === 0) {
      if (author && c.members.has(author)) consider(c.entry, 0.6, `author @${hints.author} is a member`);
      continue;
    }
    const bonus = Math.min(0.08, count * 0.01);
    c.names.lastIndex = 0;
    const first = c.names.exec(lower);
    // Earlier is stronger: the team an update is about is named before the teams it mentions.
    if (first && first.index < OPENING) consider(c.entry, 0.8 + bonus + ((OPENING - first.index) / OPENING) * 0.05, `named in the opening: "${text.slice(first.index, first.index + first[0].length)}"`);
    else if (author && c.members.has(author)) consider(c.entry, 0.6 + bonus, `author @${hints.author} is a member`);
    else consider(c.entry, 0.4 + bonus, `mentioned ${count} time(s)`);
  }
  for (const c of compileRegistry(teams)) {
    for (const member of c.members) {
      if (opening.includes(`@${member}`)) consider(c.entry, 0.5, `member @${member} is mentioned in the opening`);
    }
  }
  if (best && best.confidence >= 0.4) return best;
  return proposeTeam(text, hints);
}

/** A new team proposal from the source's hint, the post's title or "The X team" in the text. */
function proposeTeam(text: string, hints: TeamHints): TeamMatch {
  if (hints.teamHint) return { key: null, name: hints.teamHint, isNew: true, confidence: 0.9, cue: `named by the source, not in the registry: "${hints.teamHint}"` };
  const named = UNKNOWN_TEAM.exec(text.slice(0, OPENING)) ?? (hints.title ? UNKNOWN_TEAM.exec(hints.title) : null);
  if (named?.[1]) return { key: null, name: named[0].replace(/^[\s.!?]+/, '').replace(/^the\s/i, '').trim(), isNew: true, confidence: 0.6, cue: `"${named[0].trim()}" names a team that is not in the registry` };
  if (hints.title) return { key: null, name: hints.title, isNew: true, confidence: 0.4, cue: `title "${hints.title}", not in the registry` };
  const who = hints.author && hints.author !== 'unknown' ? `@${hints.author}` : 'an unknown author';
  return { key: null, name: `Team of ${who}`, isNew: true, confidence: 0.1, cue: `no team is named; proposed from ${who}` };
}

/** A slug for a proposed team, usable as a key until the SC confirms it. */
export function proposedTeamSlug(match: TeamMatch): string {
  return match.key ?? `new:${slugify(match.name)}`;
}
