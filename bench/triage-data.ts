/**
 * Deterministic synthetic items for the triage benchmark (PERFORMANCE-FLOORS.md §2 shape:
 * 20,000 items of ~290 characters from a Zipf-like vocabulary), plus the queries typed
 * against them: one-word and two-word "as-you-type" prefixes drawn from the indexed text.
 */
import type { ItemId, ItemKind, ItemRow, ItemStatus, TeamId, TeamRow, ThreadId, UpdateId } from '../shared/model';
import { prng } from './stats';

const REAL = (
  'release build review merge nixpkgs staging hydra security advisory patch kernel module option package maintainer team meeting ' +
  'budget funding hosting server infrastructure matrix discourse moderation documentation website marketing formatting rfc process ' +
  'approval access alias email domain cache binary channel update upgrade test failure regression contributor onboarding mentor ' +
  'community event conference sponsor donation foundation steering committee decision vote proposal blocker ask request question ' +
  'deadline rotation member election policy governance license trademark announcement migration flake evaluation closure compiler'
).split(' ');


export type TriageBenchData = { items: ItemRow[]; teams: TeamRow[]; oneWord: string[]; twoWord: string[] };

export function makeTriageData(count = 20_000, seed = 7): TriageBenchData {
  const rnd = prng(seed);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'xe', 'zu', 'ba', 'de', 'fi', 'go', 'hu', 'pra', 'stel', 'qu', 'wen', 'dor'];
  const vocab = [...REAL];
  while (vocab.length < 2800) {
    let w = '';
    const n = 2 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rnd() * syllables.length)];
    vocab.push(w);
  }
  const word = () => vocab[Math.floor(vocab.length * Math.pow(rnd(), 2.2))]!;
  const teams: TeamRow[] = Array.from({ length: 40 }, (_, i) => ({
    id: `team-${i}` as TeamId, name: `${word()} ${word()} team`, aliases: [], groupHandles: [], members: [], assigneeIds: [], createdAt: '2024-11-25T10:00:00.000Z',
  }));
  const kinds: ItemKind[] = ['status', 'blocker', 'request', 'budget', 'upcoming', 'people', 'other'];
  const statuses: ItemStatus[] = ['new', 'new', 'triaged', 'on-agenda', 'resolved'];
  const items: ItemRow[] = [];
  for (let i = 0; i < count; i++) {
    const words: string[] = [];
    let len = 0;
    const target = 180 + Math.floor(rnd() * 220);
    while (len < target) {
      const w = word();
      words.push(w);
      len += w.length + 1;
    }
    const text = words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
    const hasNote = rnd() < 0.1;
    items.push({
      id: `item-${i}` as ItemId, updateId: `u-${i % 2000}` as UpdateId, threadId: 'th-1' as ThreadId, teamId: teams[i % teams.length]!.id,
      kind: kinds[i % kinds.length]!, text, isAsk: i % 3 === 0, entities: { mentions: [], links: [], dates: [], amounts: [] },
      status: statuses[i % statuses.length]!, priority: 'normal', tagIds: [], assigneeIds: [], seenBy: [], confidential: false,
      notes: hasNote ? [{ id: `n-${i}`, text: `${word()} ${word()} ${word()} ${word()}`, by: 'Tom', at: '2024-11-26T10:00:00.000Z', shareable: false }] : [],
      decisionIds: [], createdAt: new Date(Date.UTC(2024, 10, 1) + i * 60_000).toISOString(), updatedAt: '2024-11-25T10:00:00.000Z',
    });
  }
  const cut = (w: string) => w.slice(0, Math.min(w.length, 3 + Math.floor(rnd() * 3)));
  const wordsOf = () => items[Math.floor(rnd() * items.length)]!.text.toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter((w) => w.length >= 4);
  const oneWord: string[] = [];
  const twoWord: string[] = [];
  while (oneWord.length < 1200) {
    const ws = wordsOf();
    if (ws.length > 0) oneWord.push(cut(ws[Math.floor(rnd() * ws.length)]!));
  }
  while (twoWord.length < 1200) {
    const ws = wordsOf();
    if (ws.length < 2) continue;
    const a = Math.floor(rnd() * (ws.length - 1));
    twoWord.push(`${ws[a]} ${cut(ws[a + 1]!)}`);
  }
  return { items, teams, oneWord, twoWord };
}
