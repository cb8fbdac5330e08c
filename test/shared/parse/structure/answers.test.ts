/**
 * Items read from the answer, not the template (issue 15), on small hand-written posts: the
 * SC's five sections quoted back, template questions and comments, no-requests, labelled
 * bullets, lead-ins and mixed paragraphs. Real reports are in report-templates.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { extractItems } from '../../../../shared/parse/structure/items';
import { splitSections } from '../../../../shared/parse/structure/sections';

function itemsOf(raw: string, lineItems = false) {
  return extractItems(raw, splitSections(raw), { lineItems, detectAsks: true });
}

/** [text, kind, ask type or false] of each item. */
function summary(raw: string, lineItems = false) {
  return itemsOf(raw, lineItems).map((i) => [i.text, i.kind, i.isAsk ? i.askType : false]);
}

describe('the SC’s five sections quoted back', () => {
  it('reads each answer as the section its quoted heading names, and no template line as an item', () => {
    const raw = [
      '> Current Status — Key accomplishments, ongoing projects, and recent progress, current issues.',
      '', 'All services are up.', '',
      '> People — Identifying people responsible for various areas and/or interested to contribute. Any areas where we are lacking and need help.',
      '', '@alice and @bob run the team.', '',
      '> Blockers or Challenges — Any issues or resource needs for additional support, feedback, or decision by the SC.',
      '', 'None at the moment.', '',
      '> Budget issues - Any expectations or requests regarding team/project budgets.',
      '', 'We need €300 a month for the build box.',
    ].join('\n');
    expect(splitSections(raw).map((s) => s.kind)).toEqual(['status', 'people', 'blockers', 'budget']);
    expect(summary(raw)).toEqual([
      ['All services are up.', 'status', false],
      ['@alice and @bob run the team.', 'people', false],
      ['None at the moment.', 'status', false],
      ['We need €300 a month for the build box.', 'budget', 'budget'],
    ]);
  });

  it('drops the template’s description written after its section name, and reads the answer below it', () => {
    const raw = 'Budget issues - Any expectations or requests regarding team/project budgets.\n\nNo requests.';
    expect(summary(raw)).toEqual([['No requests.', 'status', false]]);
  });

  it('does not open a section for a quote of the whole template', () => {
    const raw = '> People — Who is responsible.\n> Budget issues - Any expectations or requests regarding team/project budgets.\n\nAll good here.';
    expect(splitSections(raw).map((s) => s.kind)).toEqual(['status']);
  });

  it('opens a section for a Discourse quote of the request (post 1), not for one of another reply', () => {
    const ofRequest = '[quote="sc, post:1, topic:9"]\nBudget issues - Any expectations or requests regarding team/project budgets.\n[/quote]\n\nNone.';
    const ofReply = '[quote="bob, post:4, topic:9"]\nBudget: we need money\n[/quote]\n\nI agree.';
    expect(splitSections(ofRequest).map((s) => s.kind)).toEqual(['budget']);
    expect(splitSections(ofReply).map((s) => s.kind)).toEqual(['status']);
  });
});

describe('template questions and comments', () => {
  it('never makes an HTML comment an item or an ask, on one line or several', () => {
    const raw = 'Done this year:\n\n<!-- please let us know what you need -->\n\n<!--\n  We need one line per item.\n  Please link to the PRs.\n-->\n\n- Shipped v2';
    expect(summary(raw)).toEqual([['Done this year:', 'status', false], ['Shipped v2', 'status', false]]);
  });

  it('reads the answers to a “needs help with” question as asks for people, and the question as no item', () => {
    const raw = '1. What areas does your group need help with?\n\n   - Reviewers for the API\n   - None of the docs are owned';
    expect(summary(raw)).toEqual([['Reviewers for the API', 'people', 'people'], ['None of the docs are owned', 'people', 'people']]);
  });

  it('reads "None" under such a question as no request', () => {
    expect(summary('2. Are there any areas that your group needs help with?\n   - None')).toEqual([['None', 'status', false]]);
  });

  it('takes a question kept in a comment as the prompt for the answer under it', () => {
    const raw = '## Membership\n\n<!-- How can the CNCF help you achieve your upcoming goals? -->\n\n* Help with recruiting\n* External comms';
    expect(summary(raw)).toEqual([['Help with recruiting', 'request', 'people'], ['External comms', 'request', 'people']]);
  });

  it('keeps paragraphs that only give context under a request question when the answer asks in words elsewhere', () => {
    const raw = '> How can the CNCF help you?\n\nWe have benefited a lot so far.\n\nWe need more reviewers.';
    expect(summary(raw)).toEqual([['We have benefited a lot so far.', 'request', false], ['We need more reviewers.', 'request', 'people']]);
  });

  it('files the answer to a goals question as upcoming work', () => {
    expect(summary('**What are the current goals of the project?**\n\n- A 1.0 release')).toEqual([['A 1.0 release', 'upcoming', false]]);
  });

  it('keeps a team’s own question to the SC as an item, and as an ask', () => {
    expect(summary('## Requests\n\n- Would the SC be open to funding a part-time maintainer?')).toEqual([
      ['Would the SC be open to funding a part-time maintainer?', 'request', 'budget'],
    ]);
    expect(summary('## Other\n\nCan we get a private matrix room for the marketing team?')).toEqual([
      ['Can we get a private matrix room for the marketing team?', 'other', 'access'],
    ]);
    expect(summary('## Other\n\n**Can we get a private matrix room?**')).toEqual([['**Can we get a private matrix room?**', 'other', 'access']]);
  });
});

describe('labelled bullets', () => {
  it('files each labelled bullet under its section, without the label', () => {
    const raw = '- People: @zowoq does most of the work\n- **Challenges**: the updater bot\n- Upcoming projects: GPU runners\n- Budget: sponsors pay for the hardware';
    expect(summary(raw)).toEqual([
      ['@zowoq does most of the work', 'people', false],
      ['the updater bot', 'blocker', false],
      ['GPU runners', 'upcoming', false],
      ['sponsors pay for the hardware', 'budget', false],
    ]);
  });

  it('gives a bare label’s kind to the bullets nested under it, and stops at the next bullet of its level', () => {
    const raw = '- **Budget:**\n  - hosting costs €40 a month\n  - the CDN is sponsored\n- a status line';
    expect(summary(raw)).toEqual([['hosting costs €40 a month', 'budget', false], ['the CDN is sponsored', 'budget', false], ['a status line', 'status', false]]);
  });
});

describe('lead-ins', () => {
  it('makes the list items under "we are asking for:" requests, each typed by its own words first', () => {
    const raw = '## Blockers\n\nTo publish the advisory we are asking for:\n\n- a security@ e-mail alias\n- approval from the SC\n- a review';
    expect(summary(raw).slice(1)).toEqual([
      ['a security@ e-mail alias', 'request', 'access'],
      ['approval from the SC', 'request', 'approval'],
      ['a review', 'request', 'information'],
    ]);
  });
});

describe('no-requests', () => {
  it.each([
    ['None at this time.'], ['N/A'], ['Not at this time.'], ['No requests.'], ['We do not need a budget at this time.'],
    ['Nothing immediate.'], ['We don’t have any other requests from the SC at this time.'],
  ])('files "%s" under Budget as status, not as a budget request', (answer) => {
    expect(summary(`## Budget\n\n${answer}`)).toEqual([[answer, 'status', false]]);
  });

  it('still reads an answer that says no and then asks as an ask', () => {
    expect(summary('## Budget\n\nNone yet, but we need €200 for the conference booth.')).toEqual([['None yet, but we need €200 for the conference booth.', 'budget', 'budget']]);
  });

  it('keeps a blocker that merely starts with "No"', () => {
    expect(summary('## Blockers\n\nNo one reviews the installer PRs.')).toEqual([['No one reviews the installer PRs.', 'blocker', false]]);
  });
});

describe('paragraphs that mix an ask with status', () => {
  it('splits the context before an ask into its own item, and keeps the sentences that elaborate the ask with it', () => {
    const raw = '## Budget\n\nOur members are burning out. It would be beneficial if we could fund one person. I do not have an estimate yet.';
    expect(summary(raw)).toEqual([
      ['Our members are burning out.', 'status', false],
      ['It would be beneficial if we could fund one person. I do not have an estimate yet.', 'budget', 'budget'],
    ]);
  });

  it('ends the ask where the paragraph turns to other matters', () => {
    const raw = 'TL;DR: We’d like a @nixos.org email. Everything else has been going smoothly. We will continue.';
    expect(summary(raw)).toEqual([['We’d like a @nixos.org email.', 'status', 'access'], ['Everything else has been going smoothly. We will continue.', 'status', false]]);
  });

  it('gives each part its own span in the post', () => {
    const raw = 'All fine here. Can we get a room?';
    expect(itemsOf(raw).map((i) => raw.slice(i.span[0], i.span[1]))).toEqual(['All fine here.', 'Can we get a room?']);
  });
});
