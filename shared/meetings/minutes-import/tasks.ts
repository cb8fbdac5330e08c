/**
 * Action items (issue 15). In a Tasking / Action items section:
 *
 * - when the section uses checkboxes, only `- [ ] …` / `- [x] …` lines are actions and every
 *   other line is a note (`- @cafkafk: 80% sure hexa has discourse` is not a task);
 * - otherwise a line that starts with its owner (`- @a: text`, `- @a will …`) or ends with it
 *   (`- run the next meeting: @b`) is an action, and an owner alone with nested lines
 *   (`- @a` › `- contact the docs team`) owns each nested line;
 * - template lines and notes (`Ensure required tasks have been assigned`, `see you at planet
 *   nix`) are kept as the section's notes, never made into actions; so are the lines nested
 *   under an action (`- Done: <link>` also marks it done, which the preview asks about).
 *
 * Elsewhere only a checkbox line with an owner is an action (`- [x] @a: invited Edef`);
 * checklist items without one (`- [ ] Approve Previous Minutes`) and `TODO:` lines are
 * pointed out as uncertain instead. The same action listed twice is kept once.
 */
import { lineRange, oneLine, sourceOf, type Block, type ListItem } from './outline';
import { HANDLE_SOURCE, leadingHandle } from './people';
import { makeTopic, topicsOfBody, type RawTopic } from './structure';
import type { MinutesAction, Uncertain } from './types';

const CHECKBOX = /^\[([ xX])\]\s+([\s\S]*)$/;
const DUE = /\s*\(due (\d{4}-\d{2}-\d{2})\)\s*$/;
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the constant HANDLE_SOURCE only
const TRAILING_OWNER = new RegExp(`^(.*?\\S)\\s*[:,-]?\\s+\`?@(${HANDLE_SOURCE})\`?\\s*\\.?$`, 'u');
const NO_OWNER = /^\(no owner yet\)\s*:\s*/i;
/** The SC template's own lines in Tasking (docs/process/meetings.md). */
const TEMPLATE_LINE = /^(ensure required tasks|select chairperson|pick next chairperson)/i;
const IS_VOTE = /^[:\s]*([+-]1|abstain|:\+1:)\b/;

/** An action read from a line: owner (`@x` or `''`), text, and due day when written `(due …)`. */
export function actionOf(text: string, done: boolean, section: string, line: number, allowTrailing: boolean): MinutesAction | undefined {
  let body = oneLine(text);
  const due = DUE.exec(body);
  if (due) body = body.slice(0, due.index);
  const base = { done, section, line, ...(due?.[1] ? { due: due[1] } : {}) };
  if (NO_OWNER.test(body)) return { owner: '', text: body.replace(NO_OWNER, '').trim(), ...base };
  const lead = leadingHandle(body);
  if (lead) {
    const rest = lead.rest.replace(/^\s*:\s*/, '').trim();
    if (!rest || IS_VOTE.test(lead.rest)) return undefined;
    return { owner: lead.handle, text: rest, ...base };
  }
  const trailing = allowTrailing ? TRAILING_OWNER.exec(body) : null;
  if (trailing) return { owner: `@${trailing[2] ?? ''}`, text: (trailing[1] ?? '').replace(/[\s:,-]+$/, ''), ...base };
  return done || allowTrailing ? undefined : { owner: '', text: body.trim(), ...base };
}

const boxOf = (item: ListItem) => CHECKBOX.exec(item.text);
const itemsOf = (blocks: readonly Block[]): ListItem[] => blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
const hasBox = (items: readonly ListItem[]): boolean => items.some((i) => boxOf(i) !== null || hasBox(itemsOf(i.children)));

type Found = { actions: MinutesAction[]; topics: RawTopic[]; uncertain: Uncertain[] };

/** Actions and notes of a Tasking section (rules in the module comment). */
export function tasksOf(body: readonly Block[], lines: readonly string[], section: string): Found {
  const found: Found = { actions: [], topics: [], uncertain: [] };
  const withBoxes = hasBox(itemsOf(body));
  for (const block of body) {
    if (block.kind !== 'list') {
      found.topics.push(...topicsOfBody([block], lines));
      continue;
    }
    for (const item of block.items) readItem(item, { found, lines, section, withBoxes });
  }
  return found;
}

type Ctx = { found: Found; lines: readonly string[]; section: string; withBoxes: boolean };

/** One top-level line of a Tasking section: an action, or a note whose nested lines may hold actions. */
function readItem(item: ListItem, ctx: Ctx, owner?: string): void {
  const action = itemAction(item, ctx, owner);
  if (action) ctx.found.actions.push(action);
  const skip = new Set<number>();
  for (const child of itemsOf(item.children)) {
    const nested = nestedActions(child, ctx, action ? undefined : ownerOnly(item));
    if (nested) lineRange(child.start, child.end).forEach((n) => skip.add(n));
  }
  if (action) {
    const doneNote = itemsOf(item.children).find((c) => /^done\b/i.test(c.text.trim()));
    if (doneNote && !action.done) {
      action.done = true;
      ctx.found.uncertain.push({ what: `action “${action.text}” marked done`, why: `the line under it says “${oneLine(doneNote.text)}”` });
    }
  }
  const notes = sourceOf(item.children, ctx.lines, skip);
  // An owner alone (`- @a` over their tasks) says nothing the actions do not.
  if (ownerOnly(item) && !notes) return;
  if (action && !notes) return;
  const title = boxOf(item)?.[2] ?? item.text;
  ctx.found.topics.push({ ...makeTopic(title, [], ctx.lines, item.start + 1), notes });
  if (!action && !ctx.withBoxes && !owner && item.children.length === 0 && !TEMPLATE_LINE.test(item.text)) {
    ctx.found.uncertain.push({ what: `“${oneLine(item.text)}” (${ctx.section})`, why: 'names no owner: kept as a note, not imported as an action' });
  }
}

/** `@a` or `@a:` with nothing after it: the owner of the lines nested under it. */
function ownerOnly(item: ListItem): string | undefined {
  const lead = leadingHandle(item.text);
  return lead && lead.rest.replace(/[\s:]/g, '') === '' ? lead.handle : undefined;
}

function itemAction(item: ListItem, ctx: Ctx, owner?: string): MinutesAction | undefined {
  const box = boxOf(item);
  const line = item.start + 1;
  if (ctx.withBoxes) return box ? actionOf(box[2] ?? '', box[1] !== ' ', ctx.section, line, false) ?? noOwner(box[2] ?? '', box[1] !== ' ', ctx, line) : undefined;
  if (ownerOnly(item)) return undefined;
  if (owner) return { owner, text: oneLine(item.text), done: false, section: ctx.section, line };
  return actionOf(item.text, false, ctx.section, line, true);
}

function noOwner(text: string, done: boolean, ctx: Ctx, line: number): MinutesAction | undefined {
  const t = oneLine(text);
  return t ? { owner: '', text: t, done, section: ctx.section, line } : undefined;
}

/** Actions nested under a note or an owner; whether the child was taken as action(s). */
function nestedActions(child: ListItem, ctx: Ctx, owner?: string): boolean {
  const action = itemAction(child, ctx, owner);
  const only = ownerOnly(child);
  if (!action && !only && !(ctx.withBoxes && hasBox(itemsOf(child.children)))) return false;
  readItem(child, ctx, owner);
  return true;
}

/**
 * Actions outside Tasking: checkbox lines with an owner. A checkbox without one that is not
 * ticked, and a `TODO:` / `Action:` line, are named as uncertain, not imported.
 */
export function looseActions(topic: Pick<RawTopic, 'title' | 'blocks' | 'line'>, section: string): Found {
  const found: Found = { actions: [], topics: [], uncertain: [] };
  const visit = (items: readonly ListItem[]) => {
    for (const item of items) {
      const box = boxOf(item);
      const text = oneLine(box?.[2] ?? item.text);
      const action = box ? actionOf(box[2] ?? '', box[1] !== ' ', section, item.start + 1, false) : undefined;
      if (action?.owner) found.actions.push(action);
      else if (box && box[1] === ' ') found.uncertain.push({ what: `“${text}” (${section})`, why: 'an unticked checklist item with no owner, outside Tasking: not imported as an action' });
      else if (/^(todo|action|action item)\s*:/i.test(text)) found.uncertain.push({ what: `“${text}” (${section})`, why: 'reads like a task but is not in a Tasking section: not imported as an action' });
      visit(itemsOf(item.children));
    }
  };
  // The topic's own line counts too: a top-level `- [x] @a: invited Edef` is a topic and an action.
  visit([{ text: topic.title, children: [], start: topic.line - 1, end: topic.line }, ...itemsOf(topic.blocks)]);
  return found;
}

/** The actions without repeats (same owner and text): the first is kept, done if any copy is. */
export function uniqueActions(actions: readonly MinutesAction[]): MinutesAction[] {
  const out: MinutesAction[] = [];
  for (const a of actions) {
    const key = (x: MinutesAction) => `${x.owner.toLowerCase()}\u0000${x.text.toLowerCase().replace(/[\s.]+$/g, '').replace(/\s+/g, ' ')}`;
    const same = out.find((o) => key(o) === key(a));
    if (same) same.done = same.done || a.done;
    else out.push({ ...a });
  }
  return out;
}
