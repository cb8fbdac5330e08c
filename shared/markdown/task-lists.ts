/**
 * GFM task lists (`- [ ] Send the application`, `- [x] Done`) shown as GitHub shows them and
 * Discourse's checklist does: a box in front of the item instead of literal brackets. Minutes
 * and agendas list their action items this way (issue 13).
 *
 * Opt-in through {@link RenderEnv.taskLists}: export previews ask for it, forum posts keep
 * the brackets they always had. The box is a text character (☐ / ☑), never an `<input>`:
 * the sanitizer allows no form controls, and a preview has nothing to tick.
 */
import type { StateCore } from 'markdown-it';
import { readRenderEnv } from './render-env';

// GFM: `[ ]`, `[x]` or `[X]` at the very start of the item's first paragraph, then a space or the end.
const MARKER = /^\[([ xX])\](?:[ \t]+|$)/;

/** The characters that stand for an open and a done task. */
export const TASK_BOXES = { open: '☐', done: '☑' } as const;

/** markdown-it core rule: mark task items (`class="task-list-item"`) and replace their `[ ]`/`[x]` with a box. */
export function taskListRule(state: StateCore): void {
  if (!readRenderEnv(state.env).taskLists) return;
  const { tokens } = state;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i]!;
    const item = tokens[i - 2]!;
    // A list item's own first paragraph (hidden in tight lists), not a nested block further down.
    if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'paragraph_open' || item.type !== 'list_item_open') continue;
    const first = inline.children?.[0];
    if (first?.type !== 'text') continue;
    const marker = MARKER.exec(first.content);
    if (!marker) continue;
    const rest = first.content.slice(marker[0].length);
    first.content = `${marker[1] === ' ' ? TASK_BOXES.open : TASK_BOXES.done}${rest === '' && inline.children!.length === 1 ? '' : ' '}${rest}`;
    item.attrJoin('class', 'task-list-item');
  }
}
