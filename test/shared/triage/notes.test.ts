import { describe, expect, it } from 'vitest';
import { makeNote } from '../../../shared/triage/notes';

describe('notes', () => {
  it('keeps who wrote it, when, and whether the team may read it', () => {
    const note = makeNote({ text: '  Ask infra first ', shareable: true }, 'Tom', '2024-11-25T10:00:00.000Z');
    expect(note).toMatchObject({ text: 'Ask infra first', by: 'Tom', at: '2024-11-25T10:00:00.000Z', shareable: true });
    expect(note.id).not.toBe('');
  });

  it('refuses an empty note', () => {
    expect(() => makeNote({ text: ' \n ', shareable: false }, 'Tom', '2024-11-25T10:00:00.000Z')).toThrow('Write the note before adding it.');
  });
});
