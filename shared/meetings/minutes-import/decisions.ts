/**
 * Decisions in a topic's notes (issue 15): a run of vote lines under a motion
 * (`Vote: Recommend Valentin …` › `+1 @a` …, `Tangled: gold` › `+1: @a, @b` › `abstain: @k`),
 * an outcome under a proposal (`Offboard old members?` › `(agreement)`, `Vote to approve …` ›
 * `Vote deferred.`), a line that states both (`Vote in Zulip: CUDA contract approved.`,
 * `[Vote #12: …] — ✅ Accepted (6-0, 1 absent)`), or a topic titled as a vote with its count.
 *
 * An outcome line applies to the votes before it at its level and below (`Result: all
 * approved` under four sponsors). Without a written outcome the votes decide it, and the
 * decision says the outcome was inferred. A motion to table is not a decision (it is
 * pointed out instead); nor are one or two `+1` replies in a discussion without a vote.
 */
import { oneLine, type Block } from './outline';
import { handlesIn, withoutSpeaker } from './people';
import type { RawTopic } from './structure';
import type { MinutesDecision, MinutesOutcome, MinutesVote, Uncertain } from './types';
import { outcomeInLine, outcomeLine, outcomeWord, plainText, tallyIn, votesOfLine } from './vote-lines';

type Node = { text: string; children: Node[]; line: number };
type Pending = MinutesDecision & { hasOutcome: boolean };
type Ctx = { section: string; topicIndex: number; out: Pending[]; uncertain: Uncertain[] };

const GENERIC = /^(vote|votes|voting|votes on this|vote handling|vote results?|decision)\s*[:—-]?\s*$/i;
const TABLING = /\b(table|tabled|tabling)\b/i;
const EXPORTED = /\s*\((approved|rejected|proposed|deferred|withdrawn|superseded)\)\s*$/i;

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function nodesOf(blocks: readonly Block[]): Node[] {
  return blocks.flatMap((b): Node[] => {
    if (b.kind === 'list') return b.items.map((i) => ({ text: oneLine(i.text), children: nodesOf(i.children), line: i.start + 1 }));
    if (b.kind === 'leaf' && b.type === 'paragraph') return b.text.split('\n').map((t, k) => ({ text: t.trim(), children: [], line: b.start + k + 1 }));
    return [];
  });
}

/** A decision's one-line title from the line that carries the motion. */
export function decisionTitle(text: string): string {
  const t = plainText(withoutSpeaker(text))
    .replace(/^decision:\s*/i, '')
    .replace(EXPORTED, '')
    .replace(/^vote (?:in|on) \w+\s*[:—–-]\s*/i, '')
    .replace(/^(?:vote|votes on this|proposal|motion)\s*[:—–-]\s*/i, '')
    .replace(/^vote to\s+/i, '')
    .replace(/^proposal\s*:\s*/i, '')
    .replace(/[\s:.]+$/, '')
    .trim();
  return t || plainText(text) || 'Decision';
}

/** Decisions of one topic, and what looked like one but was not recorded. */
export function decisionsOf(topic: RawTopic, section: string, topicIndex: number): { decisions: MinutesDecision[]; uncertain: Uncertain[] } {
  const ctx: Ctx = { section, topicIndex, out: [], uncertain: [] };
  const root: Node = { text: topic.title, children: nodesOf(topic.blocks), line: topic.line };
  scan(root.children, [root], ctx);
  if (ctx.out.length === 0) titledVote(root, ctx);
  if (ctx.out.length === 0) stated(root, ctx);
  const decisions = ctx.out.map(({ hasOutcome: _h, ...d }) => d);
  decisions.filter((d) => d.isInferred).forEach((d) => ctx.uncertain.push({ what: `decision “${d.title}”`, why: d.outcomeText ? `no outcome written; ${d.outcome} from the count “${d.outcomeText}”` : `no outcome written; ${d.outcome} from the votes` }));
  return { decisions, uncertain: ctx.uncertain };
}

function push(ctx: Ctx, d: Omit<Pending, 'section' | 'topicIndex'>): Pending {
  const full: Pending = { ...d, section: ctx.section, topicIndex: ctx.topicIndex };
  ctx.out.push(full);
  return full;
}

function inferred(votes: readonly MinutesVote[]): MinutesOutcome {
  const plus = votes.filter((v) => v.vote === '+1').length;
  const minus = votes.filter((v) => v.vote === '-1').length;
  return plus > minus ? 'approved' : 'rejected';
}

/** Vote runs at this level, then the levels below, then the outcome lines of this level. */
function scan(siblings: readonly Node[], ancestors: readonly Node[], ctx: Ctx): Pending[] {
  const mine: { decision: Pending; at: number }[] = [];
  let i = 0;
  while (i < siblings.length) {
    const node = siblings[i]!;
    const votes = votesOfLine(node.text);
    if (votes === undefined) {
      scan(node.children, [node, ...ancestors], ctx).forEach((d) => mine.push({ decision: d, at: i }));
      i += 1;
      continue;
    }
    let j = i;
    const run: MinutesVote[] = [];
    while (j < siblings.length && votesOfLine(siblings[j]!.text) !== undefined) {
      run.push(...votesOfLine(siblings[j]!.text)!, ...siblings[j]!.children.flatMap((c) => votesOfLine(c.text) ?? []));
      j += 1;
    }
    const found = voteRun(siblings, i, run, ancestors, ctx);
    if (found) mine.push({ decision: found, at: i });
    i = j;
  }
  siblings.forEach((node, at) => {
    const outcome = outcomeLine(node.text);
    if (!outcome) return;
    const open = mine.filter((m) => m.at < at && !m.decision.hasOutcome);
    if (open.length) {
      open.forEach(({ decision }) => Object.assign(decision, { outcome: outcome.outcome, outcomeText: outcome.text, isInferred: false, hasOutcome: true }));
    } else if (!mine.some((m) => m.at < at)) {
      const d = outcomeOnly(siblings, at, ancestors, outcome, ctx);
      if (d) mine.push({ decision: d, at });
    }
  });
  return mine.map((m) => m.decision);
}

/** A run of vote lines starting at `at`: the decision it records, if it is one. */
function voteRun(siblings: readonly Node[], at: number, votes: MinutesVote[], ancestors: readonly Node[], ctx: Ctx): Pending | undefined {
  const prev = siblings[at - 1];
  const candidates = [...(prev && votesOfLine(prev.text) === undefined && !outcomeLine(prev.text) ? [prev] : []), ...ancestors];
  const motionNode = candidates.find((c) => !GENERIC.test(c.text.trim()) && !/^(proposal|motion)\s*:/i.test(c.text.trim())) ?? ancestors[ancestors.length - 1]!;
  const proposal = siblings.slice(0, at).find((s) => /^(proposal|motion)\s*:/i.test(s.text.trim()));
  // A vote is announced by the line before the votes or the one they sit under ("Vote:", "Voting:", a motion).
  const marked = [prev, ancestors[0]].some((c) => c !== undefined && /\b(vote[ds]?|voting|motion)\b/i.test(c.text)) || proposal !== undefined;
  const label = /^([^:@]{1,40}):\s*(?:pro|con|\+1|-1)\b/i.exec(siblings[at]!.text)?.[1]?.trim();
  if (!marked && votes.length < 3) {
    if (votes.length && /[+-]1|:[+-]1:/.test(siblings[at]!.text)) ctx.uncertain.push({ what: `${votes.map((v) => `${v.vote} ${v.who}`).join(', ')} under “${clip(oneLine(plainText(motionNode.text)), 80)}”`, why: 'a reply in the discussion, not a vote: not recorded as a decision' });
    return undefined;
  }
  if (TABLING.test(motionNode.text)) return tabled(motionNode, ctx);
  const after = siblings.slice(at).find((s) => votesOfLine(s.text) === undefined);
  const next = after ? outcomeLine(after.text) : undefined;
  const inLine = outcomeInLine(motionNode.text) ?? exportedStatus(motionNode.text);
  const outcome = next ?? inLine;
  const title = `${decisionTitle(motionNode.text)}${label && !/^(vote|votes)$/i.test(label) ? `: ${label}` : ''}`;
  return push(ctx, {
    title, motion: (proposal ?? motionNode).text, votes, line: motionNode.line, proposer: undefined,
    outcome: outcome?.outcome ?? inferred(votes), outcomeText: outcome?.text ?? '', isInferred: !outcome, hasOutcome: outcome !== undefined,
  });
}

function exportedStatus(text: string): { outcome: MinutesOutcome; text: string } | undefined {
  const m = EXPORTED.exec(text);
  const word = m?.[1]?.toLowerCase();
  if (!m || !word || word === 'superseded') return undefined;
  return { outcome: word as MinutesOutcome, text: word };
}

function tabled(node: Node, ctx: Ctx): undefined {
  ctx.uncertain.push({ what: `“${clip(oneLine(plainText(node.text)), 100)}”`, why: 'tabled or postponed: not recorded as a decision' });
  return undefined;
}

/** An outcome line with no votes before it: the decision is the proposal it answers. */
function outcomeOnly(siblings: readonly Node[], at: number, ancestors: readonly Node[], outcome: { outcome: MinutesOutcome; text: string }, ctx: Ctx): Pending | undefined {
  const parent = ancestors[0]!;
  const prev = siblings[at - 1];
  // "Deferred to the next meeting" under a topic that was not put to a vote is a postponement, like tabling.
  const isPostponed = outcome.outcome === 'deferred' && !/\b(vote[ds]?|voting|motion)\b/i.test(parent.text);
  if (isPostponed || TABLING.test(outcome.text) || TABLING.test(parent.text) || (prev && TABLING.test(prev.text))) return tabled(prev && TABLING.test(prev.text) ? prev : parent, ctx);
  const earlier = ctx.out.find((d) => d.line === parent.line && d.votes.length === 0);
  if (earlier) {
    earlier.outcomeText = `${earlier.outcomeText}; ${outcome.text}`;
    return undefined;
  }
  const d = push(ctx, { title: decisionTitle(parent.text), motion: parent.text, votes: [], line: parent.line, outcome: outcome.outcome, outcomeText: outcome.text, isInferred: false, hasOutcome: true });
  ctx.uncertain.push({ what: `decision “${d.title}”`, why: `recorded from “${outcome.text}” with no votes written: check what was decided` });
  return d;
}

/** A topic titled as a vote (`[Vote: Interim moderation team …](…)`): its outcome and count from its first lines. */
function titledVote(root: Node, ctx: Ctx): void {
  if (!/\bvote\b/i.test(root.text) || outcomeInLine(root.text)) return;
  const lines = root.children.slice(0, 6);
  const said = lines.map((n) => n.text).find((t) => /\b(passed|accepted|approved|rejected|failed)\b/i.test(t));
  const count = lines.map((n) => tallyIn(n.text)).find((t) => t !== undefined);
  if (!said && !count) return;
  const proposer = lines.map((n) => /propos\w*\s+(?:by|on)\s+(`?@[^\s,]+)/i.exec(n.text)?.[1]).find(Boolean);
  const outcome = said ? outcomeWord(said) : undefined;
  const byCount = count ? (count.plus > count.minus ? 'approved' : 'rejected') : undefined;
  push(ctx, {
    title: decisionTitle(root.text), motion: root.text, votes: [], line: root.line, ...(proposer ? { proposer: handlesIn(proposer)[0] ?? proposer } : {}),
    outcome: outcome ?? byCount ?? 'approved', outcomeText: [said, count?.text].filter(Boolean).join('; '), isInferred: !outcome, hasOutcome: true,
  });
}

/** Lines that state a vote and its outcome at once, anywhere in the topic (the topic's own title included). */
function stated(root: Node, ctx: Ctx): void {
  const visit = (node: Node, isRoot: boolean) => {
    const found = outcomeInLine(node.text);
    if (found && votesOfLine(node.text) === undefined) {
      const rest = plainText(node.text).replace(found.text, '').replace(/\s*\((?:the )?(?:proposal|vote|motion) (?:was|is)\s*\)?\s*$/i, '').replace(/[\s,:;—–-]+$/, '');
      const title = decisionTitle(rest.replace(/,?\s*done$/i, '')) || decisionTitle(node.text);
      push(ctx, { title, motion: node.text, votes: [], line: node.line, outcome: found.outcome, outcomeText: found.text, isInferred: false, hasOutcome: true });
      if (isRoot) ctx.uncertain.push({ what: `decision “${title}”`, why: 'reported in the meeting (the vote was taken elsewhere)' });
    }
    node.children.forEach((c) => visit(c, false));
  };
  visit(root, true);
}

/**
 * A decision as the exporter lists it in a `Decisions` section (`- Decision: <title>
 * (<status>)` with `+1: @a, @b` beneath): read back exactly, never guessed.
 */
export function listedDecision(topic: RawTopic, section: string, topicIndex: number): { decisions: MinutesDecision[]; uncertain: Uncertain[] } {
  const m = /^decision:\s*(.+?)\s*\((approved|rejected|proposed|deferred|withdrawn)\)\s*$/i.exec(topic.title);
  if (!m) return decisionsOf(topic, section, topicIndex);
  const votes = nodesOf(topic.blocks).flatMap((n) => votesOfLine(n.text) ?? []);
  const outcome = (m[2] ?? 'proposed').toLowerCase() as MinutesOutcome;
  const title = plainText(m[1] ?? '').replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
  return { decisions: [{ title, motion: m[1] ?? '', votes, line: topic.line, outcome, outcomeText: '', isInferred: false, section, topicIndex }], uncertain: [] };
}
