/**
 * Where a post names its own team (issue 15): the source's own field, the title, the
 * first line ("The RFCSC is …", "the moderation team grew …"), first-person claims anywhere
 * ("The Xen team is comprised of myself …", "On behalf of the Moderation team", "my
 * colleagues on the CUDA Team"), the opening's "news from the Tweag Nix team", a signature.
 * A team merely mentioned ("we will need help from the Infrastructure team", a heading
 * "Documentation team" in the body) is in none of these places, so it is never evidence.
 */
import { headingOf } from '../structure/sections';
import { quote, sentenceAround, sentenceBounds, type Evidence, type EvidenceRule } from './evidence';
import { resolveName, type CompiledTeam } from './registry';
import { displayName, isGroupName, isNameLike, leadingName, titleNames } from './team-names';

/** Evidence from a name found at one place: a registry team when it resolves, else a new team when it is a group's name. */
function named(name: string, registry: CompiledTeam[], rule: EvidenceRule, confidence: number, cue: string, newConfidence = confidence - 0.05): Evidence | undefined {
  const entry = resolveName(name, registry);
  if (entry) return { rule, confidence, cue, entry };
  return isGroupName(name) ? { rule, confidence: newConfidence, cue, name: displayName(name) } : undefined;
}

/** The team named by the source itself: front matter `team:`, a per-team heading. */
export function sourceEvidence(hint: string, registry: CompiledTeam[]): Evidence {
  const entry = resolveName(hint, registry, { byKey: true }) ?? resolveName(`${hint} team`, registry);
  const cue = `the file names its team: "${hint}"`;
  return entry ? { rule: 'source', confidence: 1, cue, entry } : { rule: 'source', confidence: 0.9, cue, name: hint.trim() };
}

/**
 * The title (a post's first heading, a topic title, a file name): the part left when the
 * report boilerplate is cut off. A registry team only when that part is its whole name.
 */
export function titleEvidence(title: string, registry: CompiledTeam[], rule: 'title' | 'file-name'): Evidence[] {
  const where = rule === 'title' ? `its title "${quote(title)}"` : `its file name ("${quote(title)}")`;
  const strength = rule === 'title' ? 0.95 : 0.75;
  const out: Evidence[] = [];
  for (const [i, name] of titleNames(title).entries()) {
    const found = named(name, registry, rule, strength, `names itself "${displayName(name)}" in ${where}`, strength - 0.1);
    if (found) out.push(found);
    // A title that names no group still names the post ("Tweag + Nix" is not a name, "Treewide formatting" may be): weakest.
    else if (i === 0 && rule === 'title' && isNameLike(name, 5)) out.push({ rule, confidence: 0.35, cue: `is titled "${quote(title)}"; no team is named`, name });
  }
  return out;
}

const GREETING = /^(?:hello|hi|hey|dear|greetings|good (?:morning|afternoon|evening)|subject:)\b/i;
const TLDR = /^\s*tl;?\s?dr\b[:\s–—-]*/i;

/** Markdown reduced to its words: links to their text, emphasis, code marks and `:emoji:` removed. */
function plain(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/:[a-z0-9_+-]+:/g, '')
    .trim();
}

/** The post's first paragraph after its title, headings and greeting, as plain text (at most 600 characters). */
export function openingOf(text: string): string {
  const lines: string[] = [];
  let inComment = false;
  for (const raw of text.split('\n', 60)) {
    const line = raw.trim();
    if (inComment || line.startsWith('<!--')) {
      inComment = !line.includes('-->');
      continue;
    }
    if (line === '') {
      if (lines.length > 0) break;
      continue;
    }
    const h = headingOf(raw);
    if (h && h.level <= 7) {
      if (lines.length > 0) break;
      continue;
    }
    if (lines.length === 0 && (GREETING.test(line) || plain(line).length <= 2)) continue;
    lines.push(plain(line));
  }
  // Lines stay apart: pasted plain text has one paragraph per line, and a first line is quoted as such.
  return lines.join('\n').replace(TLDR, '').slice(0, 600);
}

// Run on one sentence; the subject is at most 80 characters.
const SUBJECT = /^(.{1,80}?)\s+(?:is|are|has|have|had|grew|was|were|continues|continue|consists|remains|started|provides|maintains|keeps|would|will|can|could|needs|need|wants|want|plans|met|meets|works)\b/i;

/** "The RFCSC is continuing…", "https://nix-community.org is a sister project…": the first sentence's subject. */
export function firstLineEvidence(opening: string, registry: CompiledTeam[]): Evidence | undefined {
  const sentence = opening.split(/(?<=[.!?])\s+|\n/, 1)[0] ?? '';
  const m = SUBJECT.exec(sentence);
  // "The Infrastructure team has helped us…" is another team acting on this one.
  if (!m || /\b(?:us|our)\b/i.test(sentence.slice(m[0].length))) return undefined;
  const subject = (m[1] ?? '').replace(/\s*\([^)]*\)/g, '').replace(/^\s*(?:the|our)\s+/i, '').trim();
  return named(subject, registry, 'first-line', 0.9, `names itself "${displayName(subject)}" in its first line ("${quote(sentence, 60)}")`, 0.8);
}

/**
 * Anchors after which the post names its own team; `opening`: only in the first paragraph.
 * Every repetition is bounded (at most 160 characters, never across a line), so each match
 * attempt is bounded too: linear in the post's length.
 */
const CLAIMS: { re: RegExp; confidence: number; opening?: boolean; announcement?: boolean; needs?: string[] }[] = [
  { re: /\bon behalf of (?:the |our )?([^\n.,;:!?()]{1,80})/gi, confidence: 0.9, needs: ['behalf'] },
  // eslint-disable-next-line security/detect-unsafe-regex
  { re: /\bwe(?:,|\s+are|['’]re)?\s+the\s+([^\n.,;:!?()]{1,80})/gi, confidence: 0.9, needs: ['we the', 'we, the', 'we are the', 're the'] },
  // eslint-disable-next-line security/detect-unsafe-regex
  { re: /\bI(?: am|['’]m| have been)\s+(?:a |an |the |one of the )?(?:member|lead|leader|chair|co-?chair|maintainer|coordinator)s?\s+(?:of|on|in)\s+(?:the\s+)?([^\n.,;:!?()]{1,80})/gi, confidence: 0.85, needs: ['member', 'lead', 'chair', 'maintainer', 'coordinator'] },
  // "As a member of the X team, I …" opens a sentence; "@x, as lead of the Infrastructure team, agreed" is about someone else.
  // eslint-disable-next-line security/detect-unsafe-regex
  { re: /(?:^|[.!?]\s+|\n)As\s+(?:a |an |the |one of the )?(?:member|lead|leader|chair|co-?chair|maintainer|coordinator)s?\s+(?:of|on|in)\s+(?:the\s+)?([^\n.,;:!?()]{1,80}),\s+(?:I|we)\b/g, confidence: 0.85, needs: ['member', 'lead', 'chair', 'maintainer', 'coordinator'] },
  // eslint-disable-next-line security/detect-unsafe-regex
  { re: /\bI\s+(?:lead|co-?lead|chair|coordinate)\s+(?:the\s+)?([^\n.,;:!?()]{1,80})/gi, confidence: 0.85, needs: ['lead', 'chair', 'coordinate'] },
  // eslint-disable-next-line security/detect-unsafe-regex
  { re: /\b(?:my|our)\s+(?:colleagues|teammates|team-?mates|fellow (?:team )?members)\s+(?:on|in|of|at)\s+(?:the\s+)?([^\n.,;:!?()]{1,80})/gi, confidence: 0.85, needs: ['colleagues', 'mates', 'fellow'] },
  // eslint-disable-next-line security/detect-unsafe-regex
  { re: /\bwe have\b[^\n.!?]{0,40}?\bmembers of (?:the\s+)?([^\n.,;:!?()]{1,80})/gi, confidence: 0.8, needs: ['members of'] },
  // "… have just announced that …: Nix formatting team: Treewide Nixpkgs formatting" — their own announcement's title.
  { re: /\bwe\b[^\n.!?]{0,80}?\b(?:announced|published|posted)\b[^\n]{0,160}?:\s*([^\n:]{1,60}?)\s*:/gi, confidence: 0.8, announcement: true, needs: ['announced', 'published', 'posted'] },
  // eslint-disable-next-line security/detect-unsafe-regex
  { re: /\b(?:news|updates?|reports?|minutes|notes)\s+(?:from|of|by)\s+(?:the\s+)?([^\n.,;:!?()]{1,80})/gi, confidence: 0.8, opening: true },
  // eslint-disable-next-line security/detect-unsafe-regex
  { re: /\bwhat\s+(?:the\s+)?([^\n.,;:!?()]{1,60}?)\s+(?:has|have)\s+been\s+(?:up to|doing|working on)\b/gi, confidence: 0.8, opening: true },
  { re: /\b(?:this is|here is|here['’]s)\s+(?:the|our)\s+([^\n.,;:!?()]{1,60}?)(?:['’]s)?\s+(?:update|report|status)\b/gi, confidence: 0.8, opening: true },
  { re: /^on\s+the\s+([^\n.,;:!?()]{1,60}?),?\s+we\b/gi, confidence: 0.8, opening: true },
];

/** "The Xen team is comprised of myself, Yaroslav and Hongbo": a team the writer is part of. Its subject is read back from the verb. */
const COMPRISED = /\s(?:is|are)\s+(?:comprised of|composed of|made up of|formed by|just)\s+(?:myself|me|us)\b/gi;

const COMPRISED_WORDS = ['comprised of', 'composed of', 'made up of', 'formed by', 'just me', 'just us'];

/** The sentence of a claim, or when that is long, the claim itself up to the name ("…news from the Tweag Nix team"). */
function claimQuote(source: string, index: number, match: string, name: string): string {
  const sentence = sentenceAround(source, index);
  if (sentence.length <= 80) return sentence;
  const end = match.indexOf(name);
  const claim = (end === -1 ? match : match.slice(0, end + name.length)).replace(/\s+/g, ' ').trim();
  if (claim.length <= 80) return `…${claim}`;
  const tail = claim.slice(-80);
  return `…${tail.slice(tail.indexOf(' ') + 1)}`;
}

/** The rest of the line from the announcement's title ("Nix formatting team: Treewide Nixpkgs formatting"). */
function announcementTitle(source: string, m: RegExpMatchArray): string {
  const at = (m.index ?? 0) + m[0].lastIndexOf(m[1] ?? '');
  const nl = source.indexOf('\n', at);
  return quote(source.slice(at, nl === -1 ? undefined : nl), 70);
}

/** First-person claims: anywhere in the post, or (the "news from …" kind) in its first paragraph. */
export function claimEvidence(text: string, opening: string, registry: CompiledTeam[]): Evidence[] {
  const out: Evidence[] = [];
  const isKnown = (name: string) => resolveName(name, registry) !== undefined;
  const firstParagraph = opening.replace(/\n/g, ' ');
  const lower = text.toLowerCase();
  for (const { re, confidence, opening: openingOnly, announcement, needs } of CLAIMS) {
    // A cheap look for the claim's words first: most posts make none of these claims.
    if (needs && !needs.some((w) => lower.includes(w))) continue;
    const source = openingOnly ? firstParagraph : text;
    for (const m of source.matchAll(re)) {
      const name = leadingName(m[1] ?? '', isKnown);
      if (!name) continue;
      const cue = announcement ? `points to its own announcement "${announcementTitle(source, m)}"` : `says "${claimQuote(source, m.index ?? 0, m[0], name)}"`;
      const found = named(name, registry, 'self-claim', confidence, cue);
      if (found) out.push(found);
    }
  }
  if (!COMPRISED_WORDS.some((w) => lower.includes(w))) return out;
  for (const m of text.matchAll(COMPRISED)) {
    const [start] = sentenceBounds(text, m.index ?? 0);
    const subject = text.slice(start, m.index).replace(/^\s*the\s+/i, '').trim();
    if (subject.length > 60) continue;
    const found = named(subject, registry, 'self-claim', 0.85, `says "${quote(sentenceAround(text, start))}"`);
    if (found) out.push(found);
  }
  return out;
}

/** The last `n` non-empty lines, last first, read from the end of the text. */
function lastLines(text: string, n: number): string[] {
  const out: string[] = [];
  let end = text.length;
  while (out.length < n && end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '') out.push(line);
    end = start - 1;
  }
  return out;
}

/** A sign-off alone on its line ("Cheers,", "Best regards,"). */
const SIGN_OFF_LINE = /^(?:cheers|thanks|thank you|many thanks|regards|best|best regards|best wishes|kind regards|sincerely|yours)[,!.]?$/i;
/** A signed last line: "— The Marketing team", "Cheers, the Moderation team". Run on one line of at most 70 characters. */
// eslint-disable-next-line security/detect-unsafe-regex
const SIGNED = /^(?:[-–—~]+\s*|(?:cheers|thanks|thank you|many thanks|regards|best|best regards|best wishes|kind regards|sincerely|yours)[,!.]\s*)(?:(?:the|your)\s+)?(.{2,60})$/i;
/** The name on the line after a sign-off line. */
// eslint-disable-next-line security/detect-unsafe-regex
const NAME_LINE = /^(?:(?:the|your)\s+)?(.{2,60})$/i;

/** A signature: "— The Marketing team", "Cheers, the Moderation team", or "Cheers," with the team's name on the next line. */
export function signatureEvidence(text: string, registry: CompiledTeam[]): Evidence | undefined {
  const [last = '', before = ''] = lastLines(text, 2).map(plain);
  if (last.length > 70) return undefined;
  const m = SIGNED.exec(last) ?? (SIGN_OFF_LINE.test(before) ? NAME_LINE.exec(last) : null);
  if (!m) return undefined;
  const name = (m[1] ?? '').replace(/[.!]+$/, '').trim();
  return named(name, registry, 'signature', 0.85, `signs as "${quote(SIGNED.test(last) ? last : `${before} ${last}`, 60)}"`);
}

// eslint-disable-next-line security/detect-unsafe-regex
const WORK = /\bwe\b[^\n.!?]{0,40}?\b(?:develop|developing|maintain|maintaining|package|packaging|work on|working on)\s+(?:the\s+)?([^\n.,;:!?()]{1,60})/gi;

/**
 * "We will continue developing Xen" in the opening: the team works on what a registry team
 * is named after. Weaker than a name (and only a capitalised or non-word name, so "we
 * maintain infrastructure" is not the Infrastructure team).
 */
export function workEvidence(opening: string, registry: CompiledTeam[]): Evidence[] {
  const out: Evidence[] = [];
  const firstParagraph = opening.replace(/\n/g, ' ');
  const isKnown = (name: string) => resolveName(name, registry) !== undefined;
  for (const m of firstParagraph.matchAll(WORK)) {
    const name = leadingName(m[1] ?? '', isKnown);
    const entry = name && /^[\p{Lu}\d]|[^\p{L}\s]/u.test(name) ? resolveName(name, registry) : undefined;
    if (entry) out.push({ rule: 'work', confidence: 0.6, cue: `says in its opening that it works on ${name} ("${quote(sentenceAround(firstParagraph, m.index ?? 0), 60)}")`, entry });
  }
  return out;
}
