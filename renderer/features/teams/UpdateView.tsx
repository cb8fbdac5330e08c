/** A team update: its sections rendered from sanitized Markdown, or the whole post when it has none. */
import { Fragment } from 'react';
import { originOf } from '../../../shared/parse/sources/urls';
import { RecordBoundary } from '../../components/ErrorBoundary';
import type { ThreadRow, UpdateRow } from '../../../shared/model';
import { PostDateText } from '../../components/PostDateText';
import { PostBody } from '../../components/PostBody';
import { openPostLink } from '../../lib/open-link';

type Props = { update: UpdateRow; thread: ThreadRow | undefined };

/** One update, in a boundary of its own: a record that cannot be shown leaves the other updates and the page in place (issue 20). */
export function UpdateView(props: Props) {
  return (
    <RecordBoundary what="This update" recordKey={props.update.id}>
      <UpdateCard {...props} />
    </RecordBoundary>
  );
}

function UpdateCard({ update, thread }: Props) {
  const open = (url: string) => void openPostLink(url);
  // A stored address that is no URL (imported before links were checked) gives no origin, not an exception.
  const baseUrl = originOf(thread?.url);
  const link = update.url ?? thread?.url;
  return (
    <div className="update-view">
      <p className="muted">
        {[update.author && update.author !== 'unknown' ? `@${update.author}` : null, update.postedAt || update.editedAt ? <PostDateText post={update} /> : null, thread?.title ?? null]
          .filter(Boolean)
          .map((part, i) => (
            <Fragment key={i}>
              {i > 0 ? ' · ' : null}
              {part}
            </Fragment>
          ))}{' '}
        {link ? (
          <button type="button" className="link-button" onClick={() => open(link)}>
            Open the original post ↗
          </button>
        ) : null}
      </p>
      {update.sections.length === 0 ? (
        <PostBody raw={update.raw} baseUrl={baseUrl} onOpenLink={open} />
      ) : (
        update.sections.map((s, i) => (
          <section key={i} className="update-section">
            <h4>{s.heading || s.kind}</h4>
            <PostBody raw={s.text} baseUrl={baseUrl} onOpenLink={open} />
          </section>
        ))
      )}
    </div>
  );
}
