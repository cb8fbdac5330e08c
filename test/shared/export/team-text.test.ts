// Text that came from a team post, as every export writes it (issue 13): escaped, and no
// mention-like text left that Discourse or GitHub would turn into a ping.
import { describe, expect, it } from 'vitest';
import { allTokenTypes } from '../decisions/markdown-structure';
import { teamInline, teamQuote, teamText } from '../../../shared/export/team-text';

describe('teamInline', () => {
  it('writes a mention-like @word as a code span, the one form that pings nobody', () => {
    expect(teamInline('An e-mail alias that ends in @nixos.org')).toBe('An e-mail alias that ends in `@nixos.org`');
    expect(teamInline('@tomberek can help, and @NixOS/infra too.')).toBe('`@tomberek` can help, and `@NixOS/infra` too.');
  });

  it('leaves e-mail addresses and profile URLs alone: they are not mentions', () => {
    expect(teamInline('write to security@xenproject.org')).toBe('write to security@xenproject.org');
    expect(teamInline('see https://social.example/@xen')).toBe('see https://social.example/@xen');
  });

  it('makes HTML inert', () => {
    expect(teamInline('<script>alert(1)</script> <img src=x onerror=alert(1)>')).toBe('\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(1)\\>');
    expect(allTokenTypes(teamInline('<!-- hidden --> <b>x</b>'))).not.toContain('html_inline');
  });

  it.each([
    ['# Budget', '\\# Budget'],
    ['1. first', '1\\. first'],
    ['| a | b |', '\\| a \\| b \\|'],
    ['*not* [a link](https://x.example)', '\\*not\\* \\[a link\\](https://x.example)'],
  ])('keeps %j from opening any Markdown structure', (text, out) => {
    expect(teamInline(text)).toBe(out);
  });

  it('folds line breaks into one line', () => {
    expect(teamInline('first\n# second @x')).toBe('first # second `@x`');
  });
});

describe('teamText and teamQuote', () => {
  it('keep line breaks, neutralise each line, and quote every line', () => {
    expect(teamText('ask @infra\n\n# next')).toBe('ask `@infra`\n\n\\# next');
    expect(teamQuote('ask @infra\n\n# next\n')).toBe('> ask `@infra`\n>\n> \\# next');
  });
});
