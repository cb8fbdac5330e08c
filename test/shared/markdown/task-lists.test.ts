import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/markdown/render-markdown';

const tasks = (md: string) => renderMarkdown(md, { taskLists: true });

describe('task lists in renderMarkdown', () => {
  it('renders open and done items with a box and marks the item', () => {
    expect(tasks('- [ ] send it\n- [x] book it\n- [X] also')).toBe(
      '<ul>\n<li class="task-list-item">☐ send it</li>\n<li class="task-list-item">☑ book it</li>\n<li class="task-list-item">☑ also</li>\n</ul>\n',
    );
  });

  it('keeps the rest of the item’s Markdown', () => {
    expect(tasks('- [ ] **Tom**: see [docs](https://nixos.org)')).toBe(
      '<ul>\n<li class="task-list-item">☐ <strong>Tom</strong>: see <a href="https://nixos.org/">docs</a></li>\n</ul>\n',
    );
  });

  it('works in ordered and loose lists', () => {
    expect(tasks('1. [ ] one\n\n2. [x] two')).toContain('<li class="task-list-item">\n<p>☐ one</p>\n</li>');
  });

  it.each([
    ['brackets not at the start', '- see [ ] here'],
    ['no space after the brackets', '- [ ]x'],
    ['a paragraph, not a list', '[ ] not a task'],
    ['a code block', '```\n- [ ] code\n```'],
  ])('leaves %s alone', (_, md) => {
    expect(tasks(md)).toBe(renderMarkdown(md));
    expect(tasks(md)).not.toContain('☐');
  });

  it('is off unless asked for, as forum posts have always shown the brackets', () => {
    expect(renderMarkdown('- [ ] send it')).toBe('<ul>\n<li>[ ] send it</li>\n</ul>\n');
  });
});
