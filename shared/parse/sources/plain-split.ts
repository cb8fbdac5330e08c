/**
 * Splitting plain text copied from a browser into posts (issue 3). Copying a Discourse
 * thread loses the post boundaries, so a post is taken to start where another team starts
 * speaking: a TL;DR, "The stdenv team is new…", a team's site or group handle, or a fresh
 * opening line after a closing section (Budget, Requests, Other). Every candidate carries a
 * confidence and a reason so the preview can show the split and let the user move it.
 */
import type { SectionKind } from '../../model';
import { LATE_SECTIONS, sectionKindOf } from '../structure/section-names';
import { headingOf } from '../structure/sections';
import { compileRegistry, matchTeam } from '../teams/match-team';
import type { TeamRegistryEntry } from '../types';

/** A place where a post may start. `accepted`: the automatic split uses it. */
export type SplitCandidate = { offset: number; line: number; confidence: number; reason: string; accepted: boolean };

/** Where posts start (offset 0 always does), plus every candidate considered. */
export type PlainSplit = { starts: { offset: number; confidence: number; reason: string }[]; candidates: SplitCandidate[] };

/** Candidates at or above this confidence split the text automatically. */
export const ACCEPT_CONFIDENCE = 0.5;

const TLDR = /^\s*tl;?\s?dr\b/i;
const OPENING_PHRASE = /^\s*(?:overall,? (?:the|our) team\b|we recently\b|maintenance mode\b|hi\b|hello\b|hey\b|greetings\b|dear\b|on behalf of\b|(?:this|here) is (?:the|our|an?)\b.{0,60}\b(?:update|report)\b|our team\b|the team (?:is|has)\b|status update\b)/i;
// Anchored, and `\S*` / `\s+` cannot match the same character: linear.
// eslint-disable-next-line security/detect-unsafe-regex
const SPEAKING = /^\S*\s+(?:team\s+)?(?:is|are|has|have|grew|was|were|continues|had|started|consists)\b/i;
// Anchored; the name is at most two words: linear on any line.
// eslint-disable-next-line security/detect-unsafe-regex
const UNKNOWN_OPENING = /^\s*(?:the\s+)?([\p{L}\d-]+(?:\s+[\p{L}\d-]+)?)\s+team\s+(?:is|are|has|have|grew|was|were)\b/iu;

/** "the team is…", "our team has…" name no team. */
// Only ever run on the (two-word) name captured by UNKNOWN_OPENING.
// eslint-disable-next-line security/detect-unsafe-regex
const GENERIC_NAME = /^(?:(?:overall|so|and|but)\s+)?(?:the|our|this|that|a|my|your|whole|entire)$|\s(?:the|our|this)$/i;

type Signal = { confidence: number; reason: string };

function combine(signals: Signal[]): Signal | undefined {
  if (signals.length === 0) return undefined;
  const sorted = [...signals].sort((a, b) => b.confidence - a.confidence);
  const top = sorted[0] as Signal;
  return { confidence: Math.min(0.95, top.confidence + 0.1 * (sorted.length - 1)), reason: sorted.map((s) => s.reason).join('; ') };
}

/** The registry team a line starts speaking as ("The RFCSC is…", "https://nix-community.org is…"). */
function speakingTeam(line: string, teams: TeamRegistryEntry[]): TeamRegistryEntry | undefined {
  const stripped = line.trim().toLowerCase().replace(/^(?:the\s+|https?:\/\/(?:www\.)?)/, '');
  for (const c of compileRegistry(teams)) {
    const m = c.startsWithName.exec(stripped);
    if (m && SPEAKING.test(stripped.slice(m[0].length))) return c.entry;
  }
  return undefined;
}

/** Find post starts in plain text (LF line endings). */
export function splitPlainText(text: string, teams: TeamRegistryEntry[]): PlainSplit {
  const starts: PlainSplit['starts'] = [{ offset: 0, confidence: 1, reason: 'start of the file' }];
  const candidates: SplitCandidate[] = [];
  const handles = compileRegistry(teams).flatMap((c) => c.handles.map((h) => ({ handle: h, entry: c.entry })));
  let segStart = 0;
  let segTeam: string | null | undefined;
  let late = false;
  let lateContent = 0;
  let seen = new Set<SectionKind>();
  let lineNo = 0;
  const currentTeam = (offset: number) => {
    if (segTeam === undefined) segTeam = matchTeam(text.slice(segStart, Math.min(offset, segStart + 2000)), teams).key;
    return segTeam;
  };
  for (let pos = 0; pos < text.length; lineNo++) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end);
    const heading = line.trim() === '' ? undefined : headingOf(line);
    const kind = heading ? sectionKindOf(heading.text) : undefined;
    if (pos > segStart && line.trim() !== '') {
      const signals: Signal[] = [];
      if (TLDR.test(line)) signals.push({ confidence: 0.8, reason: 'a TL;DR opens a new post' });
      const speaker = speakingTeam(line, teams);
      if (speaker && speaker.key !== currentTeam(pos)) signals.push({ confidence: 0.85, reason: `"${line.trim().slice(0, 40)}…" speaks for ${speaker.name}` });
      const unknown = speaker ? null : UNKNOWN_OPENING.exec(line);
      if (unknown && !GENERIC_NAME.test(unknown[1] ?? '')) signals.push({ confidence: 0.7, reason: `"${unknown[0].trim()}" speaks for a team` });
      const lower = line.includes('@') ? line.toLowerCase() : '';
      const handle = lower === '' ? undefined : handles.find((h) => lower.includes(h.handle));
      if (handle && handle.entry.key !== currentTeam(pos)) signals.push({ confidence: 0.6, reason: `group handle ${handle.handle} of ${handle.entry.name}` });
      if (late && lateContent >= 1 && !kind && OPENING_PHRASE.test(line)) signals.push({ confidence: 0.55, reason: 'a fresh opening after a closing section' });
      else if (late && lateContent >= 2 && !kind && line.length > 80 && /^[A-Z@]/.test(line.trim())) signals.push({ confidence: 0.35, reason: 'a long new paragraph after a closing section' });
      if (kind && kind !== 'status' && seen.has(kind)) signals.push({ confidence: 0.45, reason: `a second "${heading?.text}" section` });
      const found = combine(signals);
      if (found) {
        const accepted = found.confidence >= ACCEPT_CONFIDENCE;
        candidates.push({ offset: pos, line: lineNo, ...found, accepted });
        if (accepted) {
          starts.push({ offset: pos, ...found });
          segStart = pos;
          segTeam = speaker ? speaker.key : undefined;
          late = false;
          lateContent = 0;
          seen = new Set();
        }
      }
    }
    if (kind && heading) {
      seen.add(kind);
      late = LATE_SECTIONS.has(kind);
      lateContent = heading.bodyOffset < line.length ? 1 : 0;
    } else if (line.trim() !== '' && late) {
      lateContent++;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return { starts, candidates };
}
