/** Notes on items (issue 4): SC-internal unless marked shareable with the team. */
import { newId, type Note } from '../model';
import { TriageError } from './errors';

/** Longest note (the row schema's limit). */
export const MAX_NOTE_LENGTH = 100_000;

/** A new note by `by` at `at`; refuses empty or oversized text. */
export function makeNote(input: { text: string; shareable: boolean }, by: string, at: string): Note {
  const text = input.text.trim();
  if (!text) throw new TriageError('empty-note', 'Write the note before adding it.');
  if (text.length > MAX_NOTE_LENGTH) throw new TriageError('note-too-long', `The note is longer than ${MAX_NOTE_LENGTH.toLocaleString('en')} characters; shorten it.`);
  return { id: newId<string>(), text, by, at, shareable: input.shareable };
}
