import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { platform } from '../../../lib/platform';
import { ipcErrorMessage } from './fetch-thread';

type Kind = 'user-api-key' | 'api-key';

/**
 * API keys for private categories (issue 8). Keys go straight to the main process, which
 * keeps them encrypted by the system keychain — never in the workspace or its backups —
 * so the form clears the key as soon as it is saved.
 */
export function ApiKeySettings() {
  const [hosts, setHosts] = useState<{ approved: string[]; withKeys: string[]; sessionOnly?: string[] }>({ approved: [], withKeys: [] });
  const [host, setHost] = useState('');
  const [kind, setKind] = useState<Kind>('user-api-key');
  const [key, setKey] = useState('');
  const [username, setUsername] = useState('');
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);

  // Bumped after every change, so the lists are read again from main.
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let isCurrent = true;
    platform.listDiscourseHosts().then(
      (listed) => isCurrent && setHosts(listed),
      (error: unknown) => isCurrent && setMessage({ isError: true, text: ipcErrorMessage(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [version]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!host.trim() || !key.trim()) {
      setMessage({ isError: true, text: 'Enter the forum’s host name and the key.' });
      return;
    }
    try {
      const kept = await platform.setDiscourseApiKey(host.trim(), kind, key.trim(), kind === 'api-key' && username.trim() ? username.trim() : undefined);
      setKey('');
      // Without an encrypting keychain, main keeps the key for this session only and says why (issue 20).
      setMessage({ isError: false, text: kept.saved ? `Key saved for ${host.trim()}.` : (kept.message ?? `The key for ${host.trim()} is kept until you quit the app; it was not saved.`) });
      reload();
    } catch (error) {
      setMessage({ isError: true, text: ipcErrorMessage(error) });
    }
  };

  const forget = async (forumHost: string) => {
    try {
      await platform.deleteDiscourseApiKey(forumHost);
      setMessage({ isError: false, text: `Key for ${forumHost} removed.` });
      reload();
    } catch (error) {
      setMessage({ isError: true, text: ipcErrorMessage(error) });
    }
  };

  return (
    <details className="api-keys">
      <summary>Private categories</summary>
      <p className="muted">
        Public topics need no account. For a private category, add a key from the forum. It is stored encrypted on this computer only, never in your
        workspace or its backups.
      </p>
      <form onSubmit={(e) => void save(e)} className="api-key-form">
        <label className="field">
          <span>Forum host</span>
          <input value={host} onChange={(e) => setHost(e.target.value)} placeholder="discourse.nixos.org" autoComplete="off" />
        </label>
        <label className="field">
          <span>Kind of key</span>
          <select value={kind} onChange={(e) => setKind(e.target.value === 'api-key' ? 'api-key' : 'user-api-key')}>
            <option value="user-api-key">User API key (your own)</option>
            <option value="api-key">API key from a forum admin</option>
          </select>
        </label>
        {kind === 'api-key' ? (
          <label className="field">
            <span>Forum user name for this key</span>
            <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
          </label>
        ) : null}
        <label className="field">
          <span>Key</span>
          <input type="password" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit" className="button">
          Save key
        </button>
      </form>
      {message ? (
        <p className={message.isError ? 'field-error' : 'muted'} role={message.isError ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {hosts.withKeys.length > 0 ? (
        <ul className="roster" aria-label="Forums with a key">
          {hosts.withKeys.map((h) => (
            <li key={h}>
              <span>
                {h}
                {hosts.sessionOnly?.includes(h) ? <span className="muted"> (until you quit the app)</span> : null}
              </span>
              <button type="button" className="button subtle" onClick={() => void forget(h)} aria-label={`Remove the key for ${h}`}>
                Remove key
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {hosts.approved.length > 0 ? <p className="muted">Forums you allowed: {hosts.approved.join(', ')}</p> : null}
    </details>
  );
}
