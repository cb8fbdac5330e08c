/**
 * Update → team (issues 3 and 15): a team from evidence, not from word hits. A registry
 * team needs the post to name itself as that team, give its group handle as its own, or be
 * written by (or list) its known members; a team only mentioned in the body ("we will need
 * help from the Infrastructure team") is never evidence. Otherwise the post's own name for
 * itself (title, "The X team is…", "news from the X team") is proposed as a new team.
 *
 * Strength of each rule (the best wins; agreeing rules add a little; a close rival that
 * points elsewhere lowers it and is named in the cue, so the preview shows the doubt):
 *   1.00 the source's own field (front matter `team:`, a per-team heading)
 *   0.95 the title or first heading is the team's name, report boilerplate cut off
 *   0.90 the first line's subject ("The RFCSC is…"); "On behalf of the X team"; its group handle in a "we" sentence
 *   0.85 "The X team is comprised of myself…", "my colleagues on the X team", a signature
 *   0.80 "we have … members of the X team", its own announcement's title, the opening's "news from the X team"
 *   0.75 the author is a known member (0.5 when on several teams); the file name
 *   0.70 known members in the People section
 *   0.60 the opening says it develops what the team is named after ("We will continue developing Xen")
 * A new team's name scores 0.05–0.1 below the same place naming a registry team.
 */
import { slugify } from '../hash';
import type { TeamMatch, TeamRegistryEntry } from '../types';
import type { Evidence } from './evidence';
import { authorEvidence, handleEvidence, peopleSectionEvidence } from './people-evidence';
import { compileRegistry, type CompiledTeam } from './registry';
import { claimEvidence, firstLineEvidence, openingOf, signatureEvidence, sourceEvidence, titleEvidence, workEvidence } from './self-naming';
import { normalizeName } from './team-names';

export { compileRegistry } from './registry';

/**
 * Inputs of `matchTeam` besides the text. `title`: the post's first heading or its topic's
 * title; `fileTitle`: a title made from the file name, weaker; `teamHint`: a team the
 * source itself names.
 */
export type TeamHints = { author?: string; teamHint?: string; title?: string; fileTitle?: string };

/** Every piece of evidence in a post, unsorted. */
export function teamEvidence(text: string, registry: CompiledTeam[], hints: TeamHints = {}): Evidence[] {
  const opening = openingOf(text);
  const out: Evidence[] = [];
  if (hints.teamHint?.trim()) out.push(sourceEvidence(hints.teamHint, registry));
  if (hints.title?.trim()) out.push(...titleEvidence(hints.title, registry, 'title'));
  if (hints.fileTitle?.trim()) out.push(...titleEvidence(hints.fileTitle, registry, 'file-name'));
  const first = firstLineEvidence(opening, registry);
  if (first) out.push(first);
  out.push(...claimEvidence(text, opening, registry));
  const signature = signatureEvidence(text, registry);
  if (signature) out.push(signature);
  out.push(...workEvidence(opening, registry));
  out.push(...handleEvidence(text, registry));
  out.push(...authorEvidence(text, hints.author, registry));
  out.push(...peopleSectionEvidence(text, registry));
  return out;
}

type Candidate = { id: string; best: Evidence; others: Evidence[]; confidence: number };

const identityOf = (e: Evidence) => (e.entry ? `key:${e.entry.key}` : `new:${normalizeName(e.name)}`);
const round = (n: number) => Math.round(n * 100) / 100;

/** Evidence grouped by the team it points to; agreeing rules add 0.03 each, up to 0.99 (the source's own field stays 1). */
function candidates(evidence: Evidence[]): Candidate[] {
  const byId = new Map<string, Evidence[]>();
  for (const e of evidence) byId.set(identityOf(e), [...(byId.get(identityOf(e)) ?? []), e]);
  return [...byId.entries()]
    .map(([id, list]) => {
      const sorted = [...list].sort((a, b) => b.confidence - a.confidence);
      const best = sorted[0] as Evidence;
      const others = sorted.slice(1).filter((e, i, all) => e.rule !== best.rule && all.findIndex((x) => x.rule === e.rule) === i);
      return { id, best, others, confidence: Math.max(best.confidence, Math.min(0.99, best.confidence + 0.03 * others.length)) };
    })
    .sort((a, b) => b.confidence - a.confidence || Number(Boolean(b.best.entry)) - Number(Boolean(a.best.entry)));
}

const nameOf = (e: Evidence) => e.entry?.name ?? e.name ?? '';

/** Find the team of an update's text. Returns a proposal (`isNew`) when no registry team fits. */
export function matchTeam(text: string, teams: TeamRegistryEntry[], hints: TeamHints = {}): TeamMatch {
  const ranked = candidates(teamEvidence(text, compileRegistry(teams), hints));
  const top = ranked[0];
  if (!top) return fallback(hints);
  let cue = top.best.cue;
  if (!top.best.entry && !cue.includes('no team is named')) cue += ', a team that is not in the registry';
  const also = top.others[0];
  if (also) cue += `; also ${also.cue}`;
  let confidence = top.confidence;
  // A rival as strong as the winner that points to a registry team: say so, and be less sure.
  const rival = ranked.slice(1).find((c) => c.best.entry || top.best.entry);
  if (rival && rival.confidence >= top.confidence - 0.1) {
    confidence -= 0.1;
    cue += `; but another sign points to ${nameOf(rival.best)}: ${rival.best.cue}`;
  }
  const e = top.best;
  return e.entry
    ? { key: e.entry.key, name: e.entry.name, isNew: false, confidence: round(confidence), cue }
    : { key: null, name: e.name, isNew: true, confidence: round(confidence), cue };
}

/** No evidence at all: a team named after the post's title, or after its author. */
function fallback(hints: TeamHints): TeamMatch {
  const title = hints.title?.trim() || hints.fileTitle?.trim();
  if (title) return { key: null, name: title, isNew: true, confidence: 0.3, cue: `no team is named; proposed from its title "${title}"` };
  const who = hints.author && hints.author !== 'unknown' ? `@${hints.author.replace(/^@/, '')}` : 'an unknown author';
  return { key: null, name: `Team of ${who}`, isNew: true, confidence: 0.1, cue: `no team is named; proposed from ${who}` };
}

/** A slug for a proposed team, usable as a key until the SC confirms it. */
export function proposedTeamSlug(match: TeamMatch): string {
  return match.key ?? `new:${slugify(match.name)}`;
}
