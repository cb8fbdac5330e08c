// The recorder's minutes box as sub-bullets of its entry, with the recorder's Markdown kept.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { pingableHandles } from '../../../shared/export/pingable';
import { minutesNoteLines } from '../../../shared/meetings/minutes-notes';

const pingable = pingableHandles({ members: [{ handle: 'roberth' }] });
const md = new MarkdownIt();

describe('minutesNoteLines', () => {
  it('writes each typed line as one sub-bullet, replacing the recorder’s own bullets', () => {
    expect(minutesNoteLines('- @roberth: *fine* by me\n* see [#12](https://x.example/12)\nplain line', pingable)).toEqual([
      '  - @roberth: *fine* by me',
      '  - see [#12](https://x.example/12)',
      '  - plain line',
    ]);
  });

  it('keeps a typed number and what the recorder indented under a note', () => {
    expect(minutesNoteLines('1. first\n2. second\n   - detail of the second', pingable)).toEqual(['  1. first', '  2. second', '     - detail of the second']);
  });

  it('keeps a fenced block with the note before it, untouched, inside that note', () => {
    const lines = minutesNoteLines('Run this:\n```sh\nnix build .#<pkg> # @bob\n```\nDone.', pingable);
    expect(lines).toEqual(['  - Run this:', '    ```sh', '    nix build .#<pkg> # @bob', '    ```', '  - Done.']);
    const html = md.render(`- Entry\n${lines.join('\n')}\n`);
    expect(html).toContain('<li>Run this:<pre><code class="language-sh">nix build .#&lt;pkg&gt; # @bob\n</code></pre>\n</li>');
  });

  it('writes a mention of anyone the meeting does not mean to ping as a code span', () => {
    expect(minutesNoteLines('@bob asked @roberth', pingable)).toEqual(['  - `@bob` asked @roberth']);
  });

  it('writes nothing for an empty box', () => {
    expect(minutesNoteLines('\n  \n', pingable)).toEqual([]);
  });
});
