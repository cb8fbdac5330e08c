/**
 * The browser build cannot fetch from a forum (cross-origin requests are blocked and the
 * page's CSP allows no connections), so it tells the member which pages to save and then
 * imports the saved files, with the forum's origin so post links come out absolute.
 */
import { parseTopicUrl, TopicUrlError } from '../../../../shared/net/topic-url';
import { platform } from '../../../lib/platform';
import { IMPORT_FILTERS, startNewImport } from '../actions';
import { useUi } from '../../../store';

/** The pages to save for a topic: its JSON (first posts and the list of all posts) and its raw Markdown. */
export type SavedPages = { origin: string; json: string; raw: string };

/** Pages to save for a pasted topic address, or the reason the address is not a topic. */
export function pagesToSave(address: string): SavedPages | { error: string } {
  try {
    const ref = parseTopicUrl(address);
    return { origin: ref.origin, json: `${ref.origin}/t/${ref.topicId}.json`, raw: `${ref.origin}/raw/${ref.topicId}` };
  } catch (error) {
    return { error: error instanceof TopicUrlError ? error.message : 'This does not look like a web address.' };
  }
}

/**
 * Opens the file picker for the saved pages and imports them through the usual preview, as
 * posts of the topic at `address` when the member gave one (a saved /raw/ page does not
 * name its topic).
 */
export async function importSavedPages(address?: string): Promise<void> {
  const picked = await platform.openTextFiles({ title: 'Import the saved forum pages', filters: IMPORT_FILTERS, multiple: true });
  if (picked.status === 'cancelled') return;
  const refused = picked.refused[0];
  if (refused) {
    useUi.getState().setImportPhase({ kind: 'failed', fileName: refused.name, message: `${refused.name} ${refused.reason}. Nothing was imported.` });
    return;
  }
  const pages = address === undefined ? undefined : pagesToSave(address);
  await startNewImport(picked.files, pages === undefined || 'error' in pages ? {} : { baseUrl: pages.origin, topicUrl: address!.trim() });
}
