/**
 * Asks from the answer, not the template (issue 15): real reports written in answer to other
 * projects' questionnaires (test/fixtures/import/report-templates/SOURCES.md). For each, the
 * asks an SC member would see in it (start of the item's text and its ask type), the lines
 * that are not asks, and the template's own text that must not be an item at all — all read
 * from the source by hand. One expectation per `it`, so the share that passes is countable.
 */
import { describe, expect, it } from 'vitest';
import type { AskType, ItemKind } from '../../../../shared/model';
import { DEFAULT_TEAMS, parseFiles, type ParsedItem } from '../../../../shared/parse';
import { fixture } from '../load';

type Expectation = {
  file: string;
  /** Asks: the item's text starts with this, and it has this ask type. */
  asks: [string, AskType][];
  /** Text (anywhere in an item) that no ask contains. */
  notAsks: string[];
  /** Template text (questions, comments, instructions) that no item contains. */
  notItems: string[];
  /** Items whose text starts with the string have this kind. */
  kinds?: [string, ItemKind][];
  /** Lines we could not call ask or not by reading; left out of the count of asks. */
  undecided?: string[];
};

const TABLE: Expectation[] = [
  {
    file: 'k8s-sig-contributor-experience-2023.md',
    asks: [['Mentoring subproject needs a dedicated leadership', 'people'], ['Elections subproject is in need of a lead', 'people']],
    notAsks: ['[Onboarded New Chairs & Technical Leads]', 'KubeCon + CloudNativeCon, Europe 2023', 'please check the KEP metadata'],
    notItems: [
      'What work did the SIG do this year', 'Are there any areas and/or subprojects that your group needs help with', 'Did you have community-wide updates',
      'Some example items that might be worth highlighting', 'Major KEP advancement', 'This list is generated from the KEP metadata', 'Examples include links to email', '-->',
    ],
    kinds: [['Mentoring subproject needs', 'people'], ['[Onboarded New Chairs', 'status']],
  },
  {
    file: 'k8s-sig-testing-2023.md',
    asks: [
      ['[prow](https://sigs.k8s.io/prow/)', 'people'], ['[testgrid](https://sigs.k8s.io/testgrid/)', 'people'], ['[boskos](https://sigs.k8s.io/boskos/)', 'people'],
      ['[kettle](https://git.k8s.io/test-infra/kettle/)', 'people'], ['[kubetest2](https://sigs.k8s.io/kubetest2/)', 'people'],
    ],
    notAsks: ['Crossover with SIG K8s Infra', 'KubeCon NA:', '[Spotlight on SIG Testing]'],
    notItems: ['What work did the SIG do this year', 'Are there any areas and/or subprojects that your group needs help with', 'Did you have community-wide updates'],
  },
  {
    file: 'k8s-sig-ui-2023.md',
    asks: [],
    notAsks: ['None', 'Released Kubernetes Dashboard v3.0.0 alpha', 'please check the KEP metadata'],
    notItems: ['Are there any areas and/or subprojects that your group needs help with', 'Some example items', 'Major KEP advancement', 'This list is generated from the KEP metadata', '-->'],
  },
  {
    file: 'k8s-sig-autoscaling-2021.md',
    asks: [
      ['Code contributors and reviewers', 'people'], ['Issue triage/response', 'people'], ['Whilst there are no areas with explicitly 2 or few owners', 'people'],
      ['Increased support for some cloud provider implementations', 'people'], ['Responding to issues - the SIG currently lacks the capacity', 'people'],
    ],
    notAsks: ['Currently lacking in measurement', 'Care about growing number of contributors', 'Would like to begin measuring', 'Not currently', 'N/A', 'Yes - though the core approvers'],
    notItems: [
      'What areas and/or subprojects does your group need the most help with', 'Any areas with 2 or fewer OWNERs', 'What metrics/community health stats',
      'help **new** contributors engage', 'If your group has special training', 'Does the group have contributors', 'Are there ways end users/companies can contribute',
    ],
  },
  {
    file: 'k8s-wg-api-expression-2020.md',
    asks: [],
    notAsks: ['various other topics we would like to work on', 'If we should have a more formal check-in'],
    notItems: [
      'What was the initial mission of the group', 'What’s the current roadmap until completion?', 'Have you produced any artifacts',
      'Is the group active? healthy?', 'Is everything in your readme accurate?', 'Do you have regular check-ins',
    ],
  },
  {
    file: 'k8s-sig-architecture-2020.md',
    asks: [['Setting up a mentoring program', 'people'], ['Increasing the number of API reviewers and PRR approvers', 'people']],
    notAsks: ['We are working on updates to enhancements process', 'We mostly care about landing changes'],
    notItems: ['Year to date KEP work review', 'does the group need the most help with', 'average open days of a PR'],
  },
  {
    file: 'cncf-dex-2021.md',
    asks: [['In order to move to the next stage, we need more active contributors', 'people'], ['The CNCF can help by providing more exposure', 'people']],
    notAsks: [
      'The project has **5** active maintainers', 'we definitely would like to have one', 'that we\'d like to accomplish next', 'More frequent releases',
      'Get more maintainers and adopters', 'No, at this point we don\'t feel',
    ],
    notItems: [
      'How many maintainers do you have', 'Feel free to link to an existing', 'How has the project performed', 'What are the current goals of the project',
      'How can the CNCF help you achieve', 'Do you think that your project meets',
    ],
    kinds: [['More frequent releases', 'upcoming'], ['The project has **5** active maintainers', 'people']],
  },
  {
    file: 'cncf-skooner-2022.md',
    asks: [
      ['Help with recruiting more contributors', 'people'], ['Help putting together an external demo page', 'people'],
      ['External comms/marketing for the project', 'people'], ['Help with visibility into who might be using the project', 'people'],
    ],
    notAsks: ['N/A since this is the project’s first annual review', 'Compatibility with the latest versions of k8s', 'The Skooner team’s goals for 2022'],
    notItems: ['How has the project performed', 'What are the current goals of the project', 'How can the CNCF help you achieve', 'Do you think that your project meets'],
    kinds: [['Prometheus integration', 'upcoming']],
  },
  {
    file: 'cncf-bfe-2021.md',
    asks: [['We do wish to get more help from marketing perspective', 'people']],
    notAsks: ['that we\'d like to address, including', 'Support for HTTP3/TLS1.3', 'Better documentation', 'Yes, we do and the incubation proposal', 'There are 7 maintainers'],
    notItems: [
      'Include a link to your project’s devstats page', 'How many maintainers do you have', 'What are the current goals of the project',
      'How can the CNCF help you achieve', 'Do you think that your project meets',
    ],
    kinds: [['There are 7 maintainers', 'people']],
  },
  {
    file: 'cncf-submariner-2023.md',
    asks: [],
    notAsks: ['We appreciate Amye\'s help', 'We don\'t have any other requests', 'but we\'d like to accomplish our Add Public Adopters goal first', 'Talk to users about being listed'],
    notItems: [],
  },
  {
    file: 'cncf-porter-2021.md',
    asks: [['We recognize that we need more maintainers', 'people'], ['We have lots of content but need assistance organizing it', 'people']],
    notAsks: ['We have 3 active maintainers on the core repository', 'We plan on having the CNCF tech docs group'],
    notItems: ['How can the CNCF help?'],
    // A condition for incubation ("would need … first") more than a request to the TOC.
    undecided: ['We would need more maintainers, and public adopters first'],
  },
  {
    file: 'cncf-schemahero-2022.md',
    asks: [
      ['Some areas where we\'d like to get continued and additional help are:', 'people'], ['Opportunities to present and discuss Schemahero', 'people'],
      ['Add Schemahero to the Certified Kubernetes Security Specialist', 'people'], ['Resources to create case studies', 'people'],
    ],
    notAsks: ['Schemahero has benefited from inclusion in the CNCF', 'Not at this time. It\'s the goal'],
    notItems: ['How can the CNCF help you achieve', 'Do you think that your project meets'],
  },
];

function itemsOf(file: string): ParsedItem[] {
  const result = parseFiles([fixture(`report-templates/${file}`)], { teams: DEFAULT_TEAMS });
  return result.updates.filter((u) => u.isTeamUpdate).flatMap((u) => u.items);
}

describe.each(TABLE)('$file', ({ file, asks, notAsks, notItems, kinds, undecided }) => {
  const items = itemsOf(file);

  it('is read as one team update with items', () => {
    expect(items.length).toBeGreaterThan(0);
  });

  it.each(asks)('finds the ask "%s" (%s)', (start, type) => {
    expect(items.filter((i) => i.isAsk && i.text.startsWith(start)).map((i) => i.askType)).toEqual([type]);
  });

  it.each(notAsks)('does not read "%s" as an ask', (text) => {
    expect(items.filter((i) => i.isAsk && i.text.includes(text)).map((i) => i.text)).toEqual([]);
  });

  it.each(notItems)('keeps the template’s "%s" out of the items', (text) => {
    expect(items.filter((i) => i.text.includes(text)).map((i) => i.text)).toEqual([]);
  });

  it.each(kinds ?? [])('files "%s" as %s', (start, kind) => {
    expect(items.filter((i) => i.text.startsWith(start)).map((i) => i.kind)).toEqual([kind]);
  });

  it('has no asks beyond the ones listed', () => {
    const counted = items.filter((i) => i.isAsk && !(undecided ?? []).some((u) => i.text.includes(u)));
    expect(counted.length).toBe(asks.length);
  });
});
