/**
 * One piece of evidence for a post's team (issue 15): which rule found it, how strong it
 * is, the sentence the preview shows ("Why this team: …"), and either the registry team it
 * points to or the name of a team the registry does not have.
 */
import type { TeamRegistryEntry } from '../types';

/** The rules, by what they read: see `match-team.ts` for their order and strength. */
export type EvidenceRule =
  | 'source' | 'title' | 'file-name' | 'first-line' | 'self-claim' | 'signature' | 'handle' | 'author' | 'people' | 'work';

/** Evidence for a registry team (`entry`) or for a new team (`name`). */
export type Evidence = { rule: EvidenceRule; confidence: number; cue: string } & (
  | { entry: TeamRegistryEntry; name?: undefined }
  | { entry?: undefined; name: string }
);

/** A short quotation of the post for a cue: white space collapsed, cut at a word with "…". */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Start and end offsets of the sentence (or line) of `text` around `index`. */
export function sentenceBounds(text: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] ?? '')) start--;
  const end = text.slice(index).search(/[.!?](?:\s|$)|\n/);
  return [start, end === -1 ? text.length : index + end + 1];
}

/** The sentence (or line) of `text` around `index`. */
export function sentenceAround(text: string, index: number): string {
  const [start, end] = sentenceBounds(text, index);
  return text.slice(start, end).trim();
}
