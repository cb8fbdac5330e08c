/**
 * Runs a write the member asked for and turns failures into something they can act on:
 * storage full → the persistent banner (their input stays on screen because the form
 * keeps its own state); a validation message → returned for the form to show; anything
 * else → an error notice. Returns null on success.
 */
import { describeError, isQuotaError } from '../db/errors';
import { ImportWriteError } from '../../shared/import/write-check';
import { useUi } from '../store';

export async function runAction(work: () => Promise<unknown>, opts: { success?: string } = {}): Promise<string | null> {
  const ui = useUi.getState();
  try {
    await work();
    if (opts.success) ui.notify('success', opts.success);
    return null;
  } catch (error) {
    if (isQuotaError(error)) {
      ui.setStorageFull(true);
      return 'Not saved: storage is full.';
    }
    if (error instanceof ImportWriteError) return error.message;
    if (error instanceof Error && (error.name === 'ValidationError' || error.name === 'ImportError')) return error.message;
    const message = `Something went wrong and nothing was changed: ${describeError(error)}`;
    ui.notify('error', message);
    return message;
  }
}
