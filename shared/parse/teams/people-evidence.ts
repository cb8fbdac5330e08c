/**
 * Team evidence from people rather than names (issue 15): the team's Discourse group
 * handle written as its own ("we answer to pings @NixOS/documentation-team"), an author
 * who is a known member (by the source's author field, or "I (@philiptaron)" in the text),
 * known members listed in the post's People section. A handle in a request to another team
 * ("we need help from @NixOS/infra") and members merely thanked or mentioned are not evidence.
 */
import { splitSections } from '../structure/sections';
import type { TeamRegistryEntry } from '../types';
import { quote, sentenceBounds, type Evidence } from './evidence';
import type { CompiledTeam } from './registry';

/** Words before a handle in its sentence that make it another team being asked, thanked or worked with. */
const OTHER_TEAM = /\b(?:from|with|by|thanks?|thank you|help(?:ed|ing|s)?|ask(?:ed|ing)?|contact(?:ed|ing)?|reach(?:ed)?|cc|coordinat\w*|collaborat\w*|need(?:s|ed)?|request(?:s|ed)?|via|please|send|sent|forward(?:ed)?|escalat\w*)\b/i;
const HELPS_AFTER = /^\S*\s+(?:will|can|could|would|might)\s+help\b|^\S*\s+help(?:s|ed)\b/i;
const FIRST_PERSON = /\b(?:we|we['’](?:re|ve|ll)|us|our|ours)\b/i;

/** The team's group handle, when the post gives it as its own. */
export function handleEvidence(text: string, registry: CompiledTeam[]): Evidence[] {
  const lower = text.toLowerCase();
  const out: Evidence[] = [];
  for (const c of registry) {
    for (const handle of c.handles) {
      for (let at = lower.indexOf(handle); at !== -1; at = lower.indexOf(handle, at + handle.length)) {
        const next = lower[at + handle.length] ?? '';
        if (/[\w/-]/.test(next)) continue; // a longer handle
        const [start, end] = sentenceBounds(text, at);
        const sentence = text.slice(start, end).trim();
        const before = text.slice(start, at);
        if (OTHER_TEAM.test(before) || HELPS_AFTER.test(text.slice(at, at + 60))) continue;
        const written = text.slice(at, at + handle.length);
        const own = FIRST_PERSON.test(sentence);
        out.push({
          rule: 'handle',
          confidence: own ? 0.9 : 0.5,
          cue: own ? `gives its group handle ${written} ("${quote(sentence, 70)}")` : `mentions the group handle ${written}`,
          entry: c.entry,
        });
      }
    }
  }
  return out;
}

/** The author's username as the post writes it: "I (@philiptaron)", "I'm @x". */
function selfNamedAuthor(text: string): string | undefined {
  const m = /\bI\s*\(@([\w.-]+)\)|\bI(?:['’]m| am)\s+@([\w.-]+)/.exec(text);
  return (m?.[1] ?? m?.[2])?.toLowerCase();
}

/** The author is a known member: by the source's author field, or by how the post names its writer. */
export function authorEvidence(text: string, author: string | undefined, registry: CompiledTeam[]): Evidence[] {
  const given = author?.toLowerCase().replace(/^@/, '');
  const fromSource = given !== undefined && given !== '' && given !== 'unknown';
  const who = fromSource ? given : selfNamedAuthor(text);
  if (!who) return [];
  const teams = registry.filter((c) => c.members.has(who));
  const by = fromSource ? `posted by @${who}` : `written by @${who} (the post says "I (@${who})")`;
  // A member of several teams does not say which one is writing.
  const confidence = teams.length === 1 ? 0.75 : 0.5;
  return teams.map((c) => ({
    rule: 'author' as const,
    confidence,
    cue: teams.length === 1 ? `${by}, a member of this team` : `${by}, a member of this team and of ${teams.length - 1} other(s)`,
    entry: c.entry,
  }));
}

function list(handles: string[]): string {
  const at = handles.map((h) => `@${h}`);
  return at.length <= 1 ? at.join('') : `${at.slice(0, -1).join(', ')} and ${at[at.length - 1] ?? ''}`;
}

/** Known members listed in the post's People section ("People: @zowoq doing most of the work …"). */
export function peopleSectionEvidence(text: string, registry: CompiledTeam[]): Evidence[] {
  // Sections are only worth finding when a known member is mentioned at all.
  const lower = text.toLowerCase();
  if (!registry.some((c) => [...c.members].some((m) => lower.includes(`@${m}`)))) return [];
  const people = splitSections(text).filter((s) => s.kind === 'people').map((s) => s.text.toLowerCase());
  if (people.length === 0) return [];
  const named = new Set(people.flatMap((t) => [...t.matchAll(/(?<![\w/])@([\w.-]+)/g)].map((m) => (m[1] ?? '').replace(/\.$/, ''))));
  const out: Evidence[] = [];
  for (const c of registry) {
    const members = [...named].filter((h) => c.members.has(h));
    if (members.length === 0) continue;
    const entry: TeamRegistryEntry = c.entry;
    out.push({
      rule: 'people',
      confidence: Math.min(0.75, 0.68 + 0.02 * members.length),
      cue: `its People section names ${list(members)}, ${members.length === 1 ? 'a member' : 'members'} of this team`,
      entry,
    });
  }
  return out;
}
