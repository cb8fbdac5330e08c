/**
 * The team registry compiled for matching (issues 3 and 15). Two uses: word-bounded
 * patterns of every name and alias, which the plain-text splitter and the Markdown reader
 * use to see where a team starts speaking; and `resolveName`, which says whether a name a
 * post gives itself IS a registry team. Resolution is by the whole name, never by a word
 * inside it: "Tweag Nix team" is not the "Nix team", "SIG K8s Infra" is not "infra".
 */
import type { TeamRegistryEntry } from '../types';
import { normalizeName, wordsOf } from './team-names';

/** A registry entry with its patterns and normalised names. */
export type CompiledTeam = {
  entry: TeamRegistryEntry;
  /** Any name or alias, word-bounded (global: reset `lastIndex` before use). */
  names: RegExp;
  /** A name or alias at the start of a lower-cased line. */
  startsWithName: RegExp;
  /** Group handles, lower case, with `@`. */
  handles: string[];
  /** Member usernames, lower case, without `@`. */
  members: Set<string>;
  /** Names and aliases as written, normalised ("xen project team", "rfcsc"). */
  fullNames: Set<string>;
  /** The same without a trailing "team" ("xen project", "moderation"), for names written "… team". */
  stems: Set<string>;
};

const cache = new WeakMap<TeamRegistryEntry[], CompiledTeam[]>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const withoutTeam = (name: string) => name.replace(/\s+team$/, '');

/** Pre-compile the registry's names (cached per registry array). */
export function compileRegistry(teams: TeamRegistryEntry[]): CompiledTeam[] {
  const hit = cache.get(teams);
  if (hit) return hit;
  const compiled = teams.map((entry): CompiledTeam => {
    const written = [entry.name, ...entry.aliases].filter((n) => n.trim() !== '');
    const names = written.map((n) => escapeRe(n.trim().toLowerCase())).sort((a, b) => b.length - a.length);
    const fullNames = new Set(written.map(normalizeName));
    return {
      entry,
      // Names are the SC's own registry entries, escaped above.
      // eslint-disable-next-line security/detect-non-literal-regexp
      names: new RegExp(`(?<![\\w@-])(?<![\\w.]/)(?:${names.join('|') || '(?!)'})(?![\\w-])`, 'g'),
      // eslint-disable-next-line security/detect-non-literal-regexp
      startsWithName: new RegExp(`^(?:${names.join('|') || '(?!)'})(?![\\w-])`),
      handles: entry.groupHandles.map((h) => h.toLowerCase().replace(/^@?/, '@')),
      members: new Set(entry.members.map((m) => m.toLowerCase().replace(/^@/, ''))),
      fullNames,
      stems: new Set([...fullNames].map(withoutTeam)),
    };
  });
  cache.set(teams, compiled);
  return compiled;
}

/**
 * The registry team a name is, or undefined. A name written with "team" matches a registry
 * name with or without it ("moderation team" → Moderation team, alias "moderation"); a bare
 * name must be a registry name or alias as it stands ("Xen" is an alias; "Nix" alone is not
 * the "Nix team"). `byKey`: a registry key also counts, for names a source file gives
 * (front matter `team: xen`).
 */
export function resolveName(name: string, registry: CompiledTeam[], { byKey = false } = {}): TeamRegistryEntry | undefined {
  const norm = normalizeName(name);
  if (norm === '' || wordsOf(norm).length > 8) return undefined;
  const hasTeam = /\steam$/.test(norm);
  for (const c of registry) {
    if (c.fullNames.has(norm) || (byKey && c.entry.key.toLowerCase() === norm)) return c.entry;
    if (hasTeam && c.stems.has(withoutTeam(norm))) return c.entry;
  }
  return undefined;
}
