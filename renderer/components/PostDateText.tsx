import { postDateOf } from '../../shared/model';
import { DateText } from './DateText';

/** A post's date, or "last edited …" when its form carried only the edit date (shared/model/post-date.ts). */
export function PostDateText({ post }: { post: { postedAt?: string | undefined; editedAt?: string | undefined } }) {
  const date = postDateOf(post);
  if (!date) return null;
  return date.isEditDate ? (
    <span>
      last edited <DateText kind="date" value={date.at} />
    </span>
  ) : (
    <DateText kind="date" value={date.at} />
  );
}
