/**
 * Timebox arithmetic of an agenda (issue 6: "the running total against the meeting
 * length, with overrun shown clearly").
 *
 * The rule, per section:
 * - A section with a timebox reserves it, with or without entries (the template plans that
 *   time, e.g. "Tasking (5 min)").
 * - Entries with their own timebox take it as given.
 * - Entries without one share what is left of the section's timebox after the timed
 *   entries, in whole minutes, the earliest entries taking the odd minutes. In a section
 *   without a timebox they take no time.
 * - When timed entries exceed the section's timebox, the section grows to their sum and
 *   reports the excess as its overrun.
 * Sections are taken in the given order; sections named only by entries come after them.
 */
import { sectionEntries } from './order';

/** An entry as the arithmetic needs it (AgendaEntryRow fits). */
export type TimeboxEntry = { id: string; section: string; order: number; timeboxMin?: number };

/** A section as the arithmetic needs it (TemplateSection fits). */
export type TimeboxSection = { title: string; timeboxMin?: number };

/** One entry's slot in the running schedule, in minutes from the meeting's start. */
export type EntryTime = { id: string; section: string; minutes: number; startMin: number; endMin: number; isShared: boolean; isOver: boolean };

/** One section's planned time. */
export type SectionTime = { title: string; budgetMin?: number; plannedMin: number; overrunMin: number; startMin: number };

/** Result of {@link timeboxTotals}. */
export type TimeboxTotals = {
  sections: SectionTime[];
  entries: EntryTime[];
  totalMin: number;
  durationMin: number;
  /** Negative when the agenda is longer than the meeting. */
  remainingMin: number;
  overrunMin: number;
};

/** Per-section and total minutes of an agenda against the meeting's length (rule in the module comment). */
export function timeboxTotals(entries: readonly TimeboxEntry[], sections: readonly TimeboxSection[], durationMin: number): TimeboxTotals {
  const known = new Set(sections.map((s) => s.title));
  const extra: TimeboxSection[] = [...new Set(entries.map((e) => e.section))].filter((t) => !known.has(t)).map((title) => ({ title }));
  const outSections: SectionTime[] = [];
  const outEntries: EntryTime[] = [];
  let clock = 0;
  for (const section of [...sections, ...extra]) {
    const list = sectionEntries(entries, section.title);
    const timedSum = list.reduce((sum, e) => sum + (e.timeboxMin ?? 0), 0);
    const budget = section.timeboxMin;
    const untimed = list.filter((e) => e.timeboxMin === undefined);
    const left = Math.max(0, (budget ?? 0) - timedSum);
    const share = untimed.length ? Math.floor(left / untimed.length) : 0;
    let odd = untimed.length ? left - share * untimed.length : 0;
    const startMin = clock;
    for (const e of list) {
      const isShared = e.timeboxMin === undefined;
      let minutes = e.timeboxMin ?? share;
      if (isShared && odd > 0) {
        minutes += 1;
        odd -= 1;
      }
      outEntries.push({ id: e.id, section: section.title, minutes, startMin: clock, endMin: clock + minutes, isShared, isOver: clock + minutes > durationMin });
      clock += minutes;
    }
    const plannedMin = Math.max(budget ?? 0, timedSum);
    clock = startMin + plannedMin;
    outSections.push({
      title: section.title,
      ...(budget === undefined ? {} : { budgetMin: budget }),
      plannedMin,
      overrunMin: budget === undefined ? 0 : Math.max(0, timedSum - budget),
      startMin,
    });
  }
  return { sections: outSections, entries: outEntries, totalMin: clock, durationMin, remainingMin: durationMin - clock, overrunMin: Math.max(0, clock - durationMin) };
}
