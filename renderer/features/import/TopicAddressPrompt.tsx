import { useState, type FormEvent } from 'react';
import type { ParseWarning } from '../../../shared/parse/types';
import { useUi } from '../../store';
import { readAsTopic } from './actions';

/** Warnings about which topic the files are: they are answered by giving the topic address. */
const TOPIC_WARNINGS = new Set(['raw-no-topic', 'topic-url', 'other-topic']);

/** Whether the preview asks for (or shows) the topic address of the import. */
export function needsTopicAddress(warnings: readonly ParseWarning[], topicUrl: string | undefined): boolean {
  return Boolean(topicUrl) || warnings.some((w) => TOPIC_WARNINGS.has(w.code));
}

/**
 * "Which topic are these posts from?" (issue 14): a saved /raw/ page does not name its
 * topic, so its posts cannot be matched by post number with the same thread imported from
 * JSON, RSS or CSV. The member gives the topic address and the files are read again; the
 * warnings that made the preview ask are shown here, not folded away with the others.
 */
export function TopicAddressPrompt({ warnings }: { warnings: readonly ParseWarning[] }) {
  const given = useUi((s) => s.importOptions.topicUrl) ?? '';
  const [address, setAddress] = useState(given);
  const shown = warnings.filter((w) => TOPIC_WARNINGS.has(w.code));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void readAsTopic(address);
  };
  return (
    <form className={`card topic-address${shown.length > 0 ? ' has-warnings' : ''}`} onSubmit={submit} aria-labelledby="topic-address-title">
      <h3 id="topic-address-title">Which topic are these posts from?</h3>
      {shown.length > 0 ? (
        <ul className="topic-address-warnings">
          {shown.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Files that do not name their topic are read as posts of this topic.</p>
      )}
      <div className="inline-form">
        <label className="field">
          <span>Topic address</span>
          <input type="url" inputMode="url" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="https://discourse.nixos.org/t/topic-title/56458" />
        </label>
        <button type="submit" className="button" disabled={address.trim() === given.trim()}>
          {address.trim() === '' ? 'Read without an address' : 'Read again as this topic'}
        </button>
      </div>
    </form>
  );
}
