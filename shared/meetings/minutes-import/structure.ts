/**
 * Title, sections and topics of a minutes file (issue 15), whatever its heading layout:
 *
 * - the title is the first heading when it is not a section name (`# SC Meeting 2025-11-05`,
 *   a setext `SC Meeting 2025-11-13` over `====`); some files have none (`# Attendees` first);
 * - sections are the headings of the shallowest level after the title (`#` or `##`); a
 *   section that holds nothing but section-named sub-headings groups them (`## Agenda` ›
 *   `### Board Report`, `### Old Business`, `### New Business`);
 * - a topic is a heading below a section (`## Standing EC`), or a top-level bullet of a
 *   section; a paragraph that introduces a list (`Vote: …` then bullets) is a topic with
 *   the list as its notes; a flat run of speaker bullets (`- @a: …`, `- @b: …`) not
 *   separated by blank lines is one topic, the first bullet its title;
 * - a heading below a topic is part of it when it names a part (`### Agenda`,
 *   `### Discussion`), and a topic of its own otherwise.
 */
import { sourceOf, lineRange, oneLine, type Block, type HeadingBlock, type ListBlock, type ListItem, type Outline } from './outline';
import { isSpeakerLine } from './people';

/** A topic while the file is read: its notes' blocks are kept for votes and actions. */
export type RawTopic = { title: string; timeboxMin?: number; blocks: Block[]; notes: string; conclusion?: string; line: number };
/** What a section holds besides topics: attendance, action items, the exporter's decision list, a preamble. */
export type SectionKind = 'attendance' | 'actions' | 'decisions' | 'preamble' | undefined;
/** A section while the file is read. */
export type RawSection = { title: string; timeboxMin?: number; timeboxNote?: string; group?: string; kind: SectionKind; body: Block[]; topics: RawTopic[]; line: number };

const SECTION_NAME = /^(agenda|notes|minutes|attendees|attendance( notes)?|roll ?call|present|participants|reports?|reports?\s*\+\s*discussion|board reports?|correspondence( and reports)?|async( vote)? updates|updates on async votes.*|old (topics|business)|new (topics|business)|topics|other business|any other business|aob|housekeeping|announcements|tasking|tasks|action items|actions?|todos?|approve previous minutes|previous minutes|post adjournment|decisions?|discussion|preamble)$/i;
const PART_NAME = /^(agenda|discussion|notes|background|context|proposal|summary|votes?|voting|outcome|conclusion|details)$/i;
const MAX_TITLE = 300;

const bare = (title: string) => oneLine(title).replace(/[\s:]+$/, '').replace(/\s*\(\s*~*\d*~*\s*\d*\s*min(ute)?s?\s*\)$/i, '').trim();

/** Whether a heading's text names a section (`Old Topics`, `Roll call`, `# Action items:`). */
export function isSectionName(title: string): boolean {
  return SECTION_NAME.test(bare(title));
}

/** What a section is for, from its title. */
export function sectionKind(title: string): SectionKind {
  const t = bare(title).toLowerCase();
  if (/^(attendees|attendance( notes)?|roll ?call|present|participants)$/.test(t)) return 'attendance';
  if (/^(tasking|tasks|action items|actions?|todos?)$/.test(t)) return 'actions';
  if (/^decisions?$/.test(t)) return 'decisions';
  if (t === 'preamble') return 'preamble';
  return undefined;
}

/**
 * `Old topics (20 min)` → title and timebox. A struck-out timebox (`(~20~ 50 min)`) keeps the
 * last number and says what it read; anything else that is not whole minutes stays in the title.
 */
export function splitHeading(text: string): { title: string; timeboxMin?: number; timeboxNote?: string } {
  const t = oneLine(text).replace(/\s*:\s*$/, '');
  const m = /\s*\(\s*([^()]*?)\s*min(?:ute)?s?\s*\)$/i.exec(t);
  if (!m) return { title: t };
  const raw = m[1] ?? '';
  const numbers = /^~+\s*\d{1,4}\s*~+\s*(\d{1,4})$/.exec(raw) ?? /^(\d{1,4})$/.exec(raw);
  const minutes = numbers ? Number(numbers[1]) : NaN;
  if (!Number.isInteger(minutes) || minutes > 24 * 60) return { title: t };
  return { title: t.slice(0, m.index).trim() || t, timeboxMin: minutes, ...(/~/.test(raw) ? { timeboxNote: m[0].trim() } : {}) };
}

type HeadingNode = { heading: HeadingBlock; body: Block[]; children: HeadingNode[] };

/** Heading nodes of `blocks` at `level` and deeper; what comes before the first heading is returned apart. */
function nodesOf(blocks: readonly Block[]): { before: Block[]; nodes: HeadingNode[] } {
  const before: Block[] = [];
  const roots: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (stack.length && stack[stack.length - 1]!.heading.level >= block.level) stack.pop();
      const node: HeadingNode = { heading: block, body: [], children: [] };
      (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
      stack.push(node);
    } else if (stack.length) stack[stack.length - 1]!.body.push(block);
    else before.push(block);
  }
  return { before, nodes: roots };
}

/** The title heading, what comes before the first section, and the sections. */
export function structureOf(outline: Outline): { title?: HeadingBlock; before: Block[]; sections: RawSection[] } {
  const { blocks } = outline;
  // A leading HTML comment (an editor's note) does not keep the first heading from being the title.
  const at = blocks.findIndex((b) => !(b.kind === 'leaf' && b.type === 'html'));
  const first = at === -1 ? undefined : blocks[at];
  const hasDate = (t: string) => /\d{4}[-/.]\d{2}[-/.]\d{2}/.test(t);
  const title = first?.kind === 'heading' && (first.level === 1 || hasDate(first.text)) && !isSectionName(first.text) ? first : undefined;
  const { before, nodes } = nodesOf(title ? blocks.filter((b) => b !== title) : blocks);
  const sections: RawSection[] = [];
  for (const node of nodes) {
    const isGroup = node.children.length > 0 && node.body.every((b) => b.kind === 'leaf' && b.type === 'rule') && node.children.every((c) => isSectionName(c.heading.text));
    if (isGroup) node.children.forEach((c) => sections.push(sectionOf(c, outline.lines, oneLine(node.heading.text))));
    else sections.push(sectionOf(node, outline.lines));
  }
  return { ...(title ? { title } : {}), before, sections };
}

function sectionOf(node: HeadingNode, lines: readonly string[], group?: string): RawSection {
  const head = splitHeading(node.heading.text);
  const kind = sectionKind(head.title);
  const topics = kind === 'attendance' || kind === 'actions' ? [] : [...topicsOfBody(node.body, lines), ...node.children.flatMap((c) => topicsOfHeading(c, lines))];
  // A Tasking section's own sub-headings are read with its body (tasks.ts).
  const body = kind === 'actions' || kind === 'attendance' ? flatten(node) : node.body;
  return { ...head, ...(group ? { group } : {}), kind, body, topics, line: node.heading.start + 1 };
}

function flatten(node: HeadingNode): Block[] {
  return [...node.body, ...node.children.flatMap((c) => [c.heading, ...flatten(c)])];
}

/** A heading below a section: one topic, its part-named sub-headings in its notes, other sub-headings topics of their own. */
function topicsOfHeading(node: HeadingNode, lines: readonly string[]): RawTopic[] {
  const head = splitHeading(node.heading.text);
  const own: Block[] = [...node.body];
  const others: RawTopic[] = [];
  const take = (child: HeadingNode) => {
    if (PART_NAME.test(bare(child.heading.text))) {
      own.push(child.heading, ...child.body);
      child.children.forEach(take);
    } else others.push(...topicsOfHeading(child, lines));
  };
  node.children.forEach(take);
  return [makeTopic(head.title, own, lines, node.heading.start + 1, head.timeboxMin), ...others];
}

/** A topic with its notes as written; a `Conclusion: …` bullet directly under it becomes its conclusion. */
export function makeTopic(titleText: string, blocks: Block[], lines: readonly string[], line: number, timeboxMin?: number): RawTopic {
  let title = oneLine(titleText);
  let extra: string[] = [];
  if (title.length > MAX_TITLE) {
    extra = [title];
    title = '(note)';
  }
  const lists = blocks.filter((b): b is ListBlock => b.kind === 'list');
  const concluding = lists.flatMap((l) => l.items).filter((i) => i.children.length === 0 && /^conclusion\s*:\s*\S/i.test(i.text));
  const skip = new Set<number>();
  let conclusion: string | undefined;
  if (concluding.length === 1) {
    const item = concluding[0]!;
    conclusion = oneLine(item.text.replace(/^conclusion\s*:\s*/i, ''));
    lineRange(item.start, item.end).forEach((n) => skip.add(n));
  }
  const notes = [...extra, sourceOf(blocks, lines, skip)].filter((s) => s !== '').join('\n\n');
  return { title: title || '(untitled)', ...(timeboxMin === undefined ? {} : { timeboxMin }), blocks, notes, ...(conclusion ? { conclusion } : {}), line };
}

const isIntro = (b: Block) => b.kind === 'leaf' && b.type === 'paragraph' && !b.text.includes('\n') && b.text.length <= MAX_TITLE && (/:\s*$/.test(b.text) || /^(vote|votes|voting|proposal|motion)\b/i.test(b.text));

/** Topics of a section's own blocks (rules in the module comment). */
export function topicsOfBody(blocks: readonly Block[], lines: readonly string[]): RawTopic[] {
  const topics: RawTopic[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (isIntro(b) && next?.kind === 'list') {
      topics.push(makeTopic(b.kind === 'leaf' ? b.text : '', [next], lines, b.start + 1));
      i += 1;
    } else if (b.kind === 'list') topics.push(...topicsOfList(b, lines));
    else if (b.kind === 'leaf' && b.type === 'rule') continue;
    else topics.push(leafTopic(b, lines));
  }
  return topics;
}

function leafTopic(b: Block, lines: readonly string[]): RawTopic {
  const text = b.kind === 'leaf' && (b.type === 'paragraph' || b.type === 'code') ? b.text : '';
  if (text && !text.includes('\n') && text.length <= MAX_TITLE) return makeTopic(text, [], lines, b.start + 1);
  return makeTopic('(note)', [b], lines, b.start + 1);
}

/** Whether a blank line separates two list items. */
const blankBefore = (item: ListItem, lines: readonly string[]) => item.start > 0 && lines[item.start - 1]?.trim() === '';

function topicsOfList(list: ListBlock, lines: readonly string[]): RawTopic[] {
  const groups: ListItem[][] = [];
  list.items.forEach((item, i) => {
    if (i === 0 || blankBefore(item, lines)) groups.push([item]);
    else groups[groups.length - 1]!.push(item);
  });
  return groups.flatMap((group) => {
    const [head, ...rest] = group;
    const speakers = group.filter((i) => isSpeakerLine(i.text)).length;
    const isDiscussion = head !== undefined && rest.length > 0 && speakers >= 2 && rest.every((i) => i.children.length === 0);
    if (!isDiscussion || !head) return group.map((item) => makeTopic(item.text, item.children, lines, item.start + 1));
    const tail: ListBlock = { kind: 'list', items: rest, start: rest[0]!.start, end: rest[rest.length - 1]!.end };
    return [makeTopic(head.text, [...head.children, tail], lines, head.start + 1)];
  });
}
