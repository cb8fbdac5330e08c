/** Sections, items, asks, entities and the HTML → Markdown walk, on small hand-written inputs. */
import { describe, expect, it } from 'vitest';
import { askTypeOf, extractEntities, htmlToMarkdown, isAskText, sectionKindOf, splitSections } from '../../../shared/parse';

describe('section headings', () => {
  it.each([
    ['Current Status', 'status'], ['Budget issues', 'budget'], ['Budget Issues', 'budget'], ['Budget requests', 'budget'],
    ['Blockers and challenges', 'blockers'], ['Blockers or Challenges', 'blockers'], ['TL;DR', 'status'], ['Details', 'status'],
    ['In ideation', 'status'], ['In formation', 'status'], ['Upcoming Topics or Projects', 'upcoming'], ['Requests', 'requests'],
    ['Other', 'other'], ['1. People', 'people'],
  ])('reads "%s" as %s', (heading, kind) => {
    expect(sectionKindOf(heading)).toBe(kind);
  });

  it.each([
    ['a Markdown heading', '## People\n\nAlice'],
    ['an HTML heading', '<h3>People</h3>\nAlice'],
    ['a bold line', '**People**\nAlice'],
    ['a plain line', 'People\nAlice'],
    ['an inline label', 'People: Alice'],
  ])('finds a section written as %s', (_label, raw) => {
    expect(splitSections(raw)).toEqual([expect.objectContaining({ kind: 'people', text: 'Alice' })]);
  });

  it('treats an unknown first heading as the title, not a section', () => {
    expect(splitSections('# Marketing Team\n\nAll good.\n\n## Budget\n\nNone.').map((s) => [s.kind, s.heading])).toEqual([['status', ''], ['budget', 'Budget']]);
  });

  it('does not see headings inside code fences or quotes', () => {
    const raw = 'Intro\n\n```\n## Budget\n```\n\n[quote="a, post:3, topic:1"]\n## People\n[/quote]';
    expect(splitSections(raw).map((s) => s.kind)).toEqual(['status']);
  });
});

describe('asks', () => {
  it.each([
    ['We need an e-mail alias.', true], ['Can we get a private matrix room?', true], ['New people are welcome!', true],
    ['We do not need a budget at this time.', false], ['None at this time.', false], ['We have no hard requests.', false],
    ['Everything is running smoothly.', false],
  ])('reads "%s" as an ask: %s', (text, expected) => {
    expect(isAskText(text)).toBe(expected);
  });

  it.each([
    ['We need funding for 1-1.5 persons', 'budget'], ['We need an @nixos.org e-mail alias', 'access'],
    ['Please formalize escalation channels', 'process'], ['We need approval from the SC', 'approval'],
    ['We need help from the infra team', 'people'], ['Please give input on the rotation selection', 'process'],
  ])('types "%s" as %s', (text, type) => {
    expect(askTypeOf(text)).toBe(type);
  });
});

describe('entities', () => {
  it('keeps user and group mentions but not e-mail domains', () => {
    expect(extractEntities('Ping @NixOS/documentation-team and @zowoq about a @nixos.org alias').mentions).toEqual(['NixOS/documentation-team', 'zowoq']);
  });

  it('keeps links, ISO and written dates, and amounts with currencies', () => {
    const e = extractEntities('See https://example.org/x. Before 2024-12-09 or 9 December 2024, about €1,500 and 2k EUR.');
    expect(e.links).toEqual(['https://example.org/x']);
    expect(e.dates).toEqual(['2024-12-09']);
    expect(e.amounts.map((a) => [a.value, a.currency])).toEqual([[1500, 'EUR'], [2000, 'EUR']]);
  });

  it('ignores impossible dates', () => {
    expect(extractEntities('on 2024-02-30').dates).toEqual([]);
  });
});

describe('cooked HTML → Markdown', () => {
  it('turns Discourse headings with anchors into Markdown headings', () => {
    expect(htmlToMarkdown('<h2><a name="p-1-budget-1" class="anchor" href="#p-1-budget-1"></a>Budget</h2><p>None.</p>')).toBe('## Budget\n\nNone.');
  });

  it('keeps mentions as @names and lists as list items', () => {
    expect(htmlToMarkdown('<ul><li><a class="mention" href="/u/tie">@tie</a> helped</li><li>two</li></ul>')).toBe('- @tie helped\n- two');
  });

  it('turns quotes into [quote] blocks with their post number', () => {
    expect(htmlToMarkdown('<aside class="quote no-group" data-username="u" data-post="28" data-topic="2144"><div class="title">u:</div><blockquote><p>hi</p></blockquote></aside>'))
      .toBe('[quote="u, post:28, topic:2144"]\n> hi\n[/quote]');
  });

  it('never lets HTML through: scripts are dropped and escaped tags stay text', () => {
    const md = htmlToMarkdown('<p>a &lt;script&gt;alert(1)&lt;/script&gt;</p><script>alert(2)</script><img src=x onerror=alert(3)>');
    expect(md).not.toMatch(/<script|<img/i);
    expect(md).not.toContain('alert(2)');
  });

  it('drops links with unsafe targets but keeps their text', () => {
    expect(htmlToMarkdown('<p><a href="javascript:alert(1)">click</a></p>')).toBe('click');
  });
});
