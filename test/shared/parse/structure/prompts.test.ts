/** Template questions and what their answers are (issue 15), and the ask rules they rely on. */
import { describe, expect, it } from 'vitest';
import { askTypeOf, isAskText, isNoRequest } from '../../../../shared/parse/structure/asks';
import { isPromptText, isTemplateText, promptContextOf, type PromptForm } from '../../../../shared/parse/structure/prompts';
import { askRuns, sentenceSpans } from '../../../../shared/parse/structure/sentences';

describe('isPromptText', () => {
  it.each([
    ['What areas and/or subprojects does your group need the most help with? Any areas with 2 or fewer OWNERs? (link to more details)', 'numbered', true],
    ['Are there ways end users/companies can contribute that they currently are not?', 'numbered', true],
    ['How many maintainers do you have, and which organizations are they from? (Feel free to link to an existing MAINTAINERS file.)', 'bullet', true],
    ['How has the project performed against its goals since the last review? (We won’t penalize you if your goals changed.)', 'bullet', true],
    ['Year to date KEP work review: What’s now stable? Beta? Alpha?', 'heading', true],
    ['How can the CNCF help you achieve your upcoming goals? (We will read this.)', 'quoted', true],
    ['Can we get a private matrix room for the marketing team?', 'paragraph', false],
    ['Would the SC be open to funding a part-time maintainer?', 'bullet', false],
    ['Could the Steering Committee decide on this?', 'numbered', false],
    ['a healthy number of committers?', 'bullet', false],
    ['What should we do about the flaky tests?', 'heading', false],
    ['What areas does your group need help with', 'numbered', false],
  ] as [string, PromptForm, boolean][])('reads "%s" written as %s as a template question: %s', (text, form, expected) => {
    expect(isPromptText(text, form)).toBe(expected);
  });

  it('knows the SC’s section descriptions as template text', () => {
    expect(isTemplateText('Any expectations or requests regarding team/project budgets.')).toBe(true);
    expect(isTemplateText('Any budget we get goes to hosting.')).toBe(false);
  });
});

describe('promptContextOf', () => {
  it.each([
    ['Are there any areas and/or subprojects that your group needs help with (e.g. fewer than 2 active OWNERS)?', { kind: 'people', asks: true, askType: 'people' }],
    ['How can the CNCF help you achieve your upcoming goals?', { kind: 'request', asks: true, askType: 'people' }],
    ['CNCF Help with Goals', { kind: 'request', asks: true, askType: 'people' }],
    ['What are the current goals of the project?', { kind: 'upcoming', asks: false }],
    ['How has the project performed against its goals since the last review?', { kind: 'status', asks: false }],
    ['How many maintainers do you have?', { kind: 'people', asks: false }],
    ['Do you think that your project meets the criteria for incubation?', { asks: false }],
  ])('reads the answer to "%s" as %o', (text, context) => {
    expect(promptContextOf(text)).toEqual(context);
  });
});

describe('asks (issue 15 additions)', () => {
  it.each([
    ['We have a number of items on our roadmap that we’d like to accomplish next:', false],
    ['We’re interested in applying, but we’d like to accomplish our adopters goal first.', false],
    ['Please feel free to add commentary to add colour to the numbers.', false],
    ['We would like to apply for the pre-disclosure list.', true],
    ['We do wish to get more help from marketing perspective.', true],
    ['The CNCF can help by providing more exposure to the project.', true],
    ['Elections subproject is in need of a lead.', true],
    ['We have lots of content but need assistance organizing it.', true],
  ])('reads "%s" as an ask: %s', (text, expected) => {
    expect(isAskText(text)).toBe(expected);
  });

  it('types an ask for approvers as people, not as an approval', () => {
    expect(askTypeOf('Increasing the number of API reviewers and PRR approvers.')).toBe('people');
  });

  it.each([
    ['None at this time. Any additional budget will always be appreciated and used.', true],
    ['We have no direct expenditures, so we do not need a budget at this time.', true],
    ['N/A since this is the project’s first annual review', true],
    ['nothing immediate. At some point we should consider moving the bot.', true],
    ['No one reviews the installer PRs.', false],
    ['None yet, but we need a room.', false],
    ['Time and attention.', false],
  ])('reads "%s" as a no-request: %s', (text, expected) => {
    expect(isNoRequest(text)).toBe(expected);
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation, a version or a decimal', () => {
    const text = 'Migration of CI (mainly jobs, e.g. the AWS cluster, etc.) is done. We fund 1-1.5 persons for v1.0.0. Next.';
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([
      'Migration of CI (mainly jobs, e.g. the AWS cluster, etc.) is done.', 'We fund 1-1.5 persons for v1.0.0.', 'Next.',
    ]);
  });

  it('keeps a paragraph whole when every sentence agrees', () => {
    expect(askRuns('We need a room. We need an alias.')).toEqual([{ start: 0, end: 33, isAsk: true }]);
  });
});
