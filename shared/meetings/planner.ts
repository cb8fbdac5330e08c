/**
 * Pairing planner (issue 6): which SC members attend which team's meeting in a round.
 *
 * Rules, strongest first:
 * 1. Hard: never an inactive member, one unavailable that day, one with a declared
 *    conflict of interest with the team, or one already in a meeting at the same date and time.
 * 2. At least `perMeeting` members per meeting (reported when too few may attend).
 * 3. Balance: each pick takes the least-loaded eligible members, so loads stay within 1
 *    of each other whenever the constraints allow.
 * 4. Continuity: members from the team's most recent meeting win ties, and a later pass
 *    swaps them in when that keeps the balance within 1 (directly, or by trading places
 *    with a member in another meeting).
 * Pinned meetings (the SC member's overrides) are kept exactly as given; broken rules are
 * reported, not corrected. Every choice is explained. Deterministic: ties break by name, then id.
 */
import type { MemberId, TeamId } from '../model/ids';
import type { MemberRow } from '../model/rows';
import { cmp, hardRuleBroken, sortMembers, spread, who, type PlanMeeting, type PlanRule } from './planner-rules';

export type { PlanMeeting, PlanRule } from './planner-rules';

/** Input of {@link planPairings}. */
export type PlanInput = {
  meetings: readonly PlanMeeting[];
  members: readonly MemberRow[];
  /** Earlier meetings: who met which team, when (`YYYY-MM-DD`). */
  history: readonly { teamId: TeamId; memberIds: readonly MemberId[]; date: string }[];
  /** Members wanted per meeting; default 2. */
  perMeeting?: number;
  /** Meetings whose members the SC chose by hand, kept as given. */
  pinned?: Readonly<Record<string, readonly MemberId[]>>;
};

/** A rule the plan could not keep for a meeting. */
export type Unsatisfied = { meetingKey: string; rule: PlanRule; message: string };

/** Result of {@link planPairings}. */
export type PlanResult = {
  assignments: Record<string, MemberId[]>;
  /** Per meeting, one line per chosen member (why) and per notable exclusion. */
  explanations: Record<string, string[]>;
  unsatisfied: Unsatisfied[];
  /** Meetings per member in this round (active members, plus anyone pinned). */
  load: Record<MemberId, number>;
};

type Ctx = {
  byKey: Map<string, PlanMeeting>;
  byId: Map<MemberId, MemberRow>;
  pinnedKeys: Set<string>;
  last: Map<string, { date: string; ids: Set<MemberId> } | undefined>;
};

/** Propose SC members for each meeting of a round (rules in the module comment). */
export function planPairings(input: PlanInput): PlanResult {
  const perMeeting = input.perMeeting ?? 2;
  const members = sortMembers(input.members);
  const active = members.filter((m) => m.isActive);
  const meetings = [...input.meetings].sort((a, b) => cmp(a.date, b.date) || cmp(a.key, b.key));
  const ctx: Ctx = {
    byKey: new Map(meetings.map((m) => [m.key, m])),
    byId: new Map(members.map((m) => [m.id, m])),
    pinnedKeys: new Set(meetings.filter((m) => input.pinned?.[m.key] !== undefined).map((m) => m.key)),
    last: new Map(meetings.map((m) => [m.key, lastMeeting(m, input.history)])),
  };
  const assignments: Record<string, MemberId[]> = {};
  const load: Record<MemberId, number> = Object.fromEntries(active.map((m) => [m.id, 0]));
  const bump = (id: MemberId, by: number) => (load[id] = (load[id] ?? 0) + by);

  for (const m of meetings) {
    const pinned = input.pinned?.[m.key];
    if (!pinned) continue;
    assignments[m.key] = [...new Set(pinned)];
    assignments[m.key]!.forEach((id) => bump(id, 1));
  }
  // Most constrained meetings first, so that flexible members are still free for them.
  const eligibleCount = (m: PlanMeeting) => active.filter((x) => !hardRuleBroken(x, m, {}, ctx.byKey)).length;
  const open = meetings.filter((m) => !ctx.pinnedKeys.has(m.key)).sort((a, b) => eligibleCount(a) - eligibleCount(b));
  for (const m of open) {
    const cont = ctx.last.get(m.key)?.ids;
    const candidates = active
      .filter((x) => !hardRuleBroken(x, m, assignments, ctx.byKey))
      .sort((a, b) => (load[a.id] ?? 0) - (load[b.id] ?? 0) || Number(cont?.has(b.id) ?? false) - Number(cont?.has(a.id) ?? false));
    assignments[m.key] = candidates.slice(0, perMeeting).map((x) => x.id);
    assignments[m.key]!.forEach((id) => bump(id, 1));
  }
  const balanceIds = active.filter((x) => meetings.some((m) => !hardRuleBroken(x, m, {}, ctx.byKey))).map((x) => x.id);
  improveContinuity(open, assignments, load, balanceIds, ctx);

  const unsatisfied: Unsatisfied[] = [];
  const explanations: Record<string, string[]> = {};
  for (const m of meetings) {
    explanations[m.key] = explain(m, assignments, load, active, ctx, unsatisfied, perMeeting);
  }
  const balanceLoad = Object.fromEntries(balanceIds.map((id) => [id, load[id] ?? 0]));
  if (spread(balanceLoad) > 1) {
    const lines = balanceIds.map((id) => `${who(ctx.byId.get(id), id)} ${load[id] ?? 0}`).join(', ');
    unsatisfied.push({ meetingKey: '', rule: 'balance', message: `Loads differ by more than one meeting (${lines}); the constraints leave no balanced plan.` });
  }
  return { assignments, explanations, unsatisfied, load };
}

/** Members of the team's latest earlier meeting (all records of that latest day together). */
function lastMeeting(m: PlanMeeting, history: PlanInput['history']): { date: string; ids: Set<MemberId> } | undefined {
  const past = history.filter((h) => h.teamId === m.teamId && h.date < m.date);
  if (past.length === 0) return undefined;
  const date = past.reduce((d, h) => (h.date > d ? h.date : d), '');
  return { date, ids: new Set(past.filter((h) => h.date === date).flatMap((h) => h.memberIds).sort(cmp)) };
}

/** Swap continuity members into meetings while the balance stays within max(1, current spread). */
function improveContinuity(
  open: readonly PlanMeeting[],
  assignments: Record<string, MemberId[]>,
  load: Record<MemberId, number>,
  balanceIds: readonly MemberId[],
  ctx: Ctx,
): void {
  const isCont = (key: string, id: MemberId) => ctx.last.get(key)?.ids.has(id) ?? false;
  const valid = (draft: Record<string, MemberId[]>, key: string, id: MemberId) =>
    !hardRuleBroken(ctx.byId.get(id), ctx.byKey.get(key)!, draft, ctx.byKey);
  const balanced = (l: Record<string, number>) => spread(Object.fromEntries(balanceIds.map((id) => [id, l[id] ?? 0])));
  const limit = Math.max(1, balanced(load));
  const keys = open.map((m) => m.key).sort(cmp);
  let changed = true;
  while (changed) {
    changed = false;
    for (const key of keys) {
      const wanted = sortMembers([...(ctx.last.get(key)?.ids ?? [])].map((id) => ctx.byId.get(id)).filter((x) => x !== undefined));
      for (const c of wanted) {
        const here = assignments[key]!;
        if (here.includes(c.id)) continue;
        for (const x of here.filter((id) => !isCont(key, id))) {
          const draft = { ...assignments, [key]: here.map((id) => (id === x ? c.id : id)) };
          const nextLoad = { ...load, [c.id]: (load[c.id] ?? 0) + 1, [x]: (load[x] ?? 0) - 1 };
          if (valid(draft, key, c.id) && balanced(nextLoad) <= limit) {
            Object.assign(assignments, draft);
            Object.assign(load, nextLoad);
            changed = true;
            break;
          }
          const other = keys.find((k) => k !== key && assignments[k]!.includes(c.id) && !isCont(k, c.id) && !assignments[k]!.includes(x));
          if (other === undefined) continue;
          const traded = { ...draft, [other]: assignments[other]!.map((id) => (id === c.id ? x : id)) };
          if (valid(traded, key, c.id) && valid(traded, other, x)) {
            Object.assign(assignments, traded);
            changed = true;
            break;
          }
        }
      }
    }
  }
}

/** Explanation lines for one meeting; pushes the rules it could not keep. */
function explain(
  m: PlanMeeting,
  assignments: Record<string, MemberId[]>,
  load: Record<MemberId, number>,
  active: readonly MemberRow[],
  ctx: Ctx,
  unsatisfied: Unsatisfied[],
  perMeeting: number,
): string[] {
  const chosen = assignments[m.key] ?? [];
  const last = ctx.last.get(m.key);
  const lines: string[] = [];
  for (const id of chosen) {
    const member = ctx.byId.get(id);
    const name = who(member, id);
    if (ctx.pinnedKeys.has(m.key)) {
      const broken = hardRuleBroken(member, m, assignments, ctx.byKey);
      lines.push(`${name}: chosen by hand${broken ? ` (overrides: ${broken.reason})` : ''}.`);
      if (broken) unsatisfied.push({ meetingKey: m.key, rule: broken.rule, message: `${name} ${broken.reason}, but was chosen by hand.` });
    } else if (last?.ids.has(id)) {
      lines.push(`${name}: met this team on ${last.date} (continuity); ${load[id] ?? 0} meeting(s) in this round.`);
    } else {
      lines.push(`${name}: among the least-loaded available members; ${load[id] ?? 0} meeting(s) in this round.`);
    }
  }
  for (const member of active) {
    if (chosen.includes(member.id)) continue;
    const broken = hardRuleBroken(member, m, assignments, ctx.byKey);
    if (broken && broken.rule !== 'inactive') lines.push(`${who(member, member.id)} not chosen: ${broken.reason}.`);
    else if (last?.ids.has(member.id)) {
      const why = ctx.pinnedKeys.has(m.key) ? 'the members were chosen by hand' : 'to keep the load balanced';
      lines.push(`${who(member, member.id)} met this team last time but was not chosen: ${why}.`);
    }
  }
  if (chosen.length < perMeeting) {
    unsatisfied.push({ meetingKey: m.key, rule: 'min-members', message: `Only ${chosen.length} of the ${perMeeting} wanted SC members can attend ${m.key} on ${m.date}.` });
  }
  if (last && last.ids.size > 0 && !chosen.some((id) => last.ids.has(id))) {
    const names = [...last.ids].map((id) => who(ctx.byId.get(id), id)).join(', ');
    unsatisfied.push({ meetingKey: m.key, rule: 'continuity', message: `Nobody from the team's last meeting (${last.date}: ${names}) is in ${m.key}.` });
  }
  return lines;
}
