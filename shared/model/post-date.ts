/**
 * The date to show for a post. Some forms carry only when the post was last changed — a
 * /raw/ page's header is the post's `updated_at` — so such a post shows that date, said as
 * an edit date, rather than no date at all (issue 14: "the /raw posts also lost their dates").
 */
export type PostDate = { at: string; isEditDate: boolean };

export function postDateOf(post: { postedAt?: string | undefined; editedAt?: string | undefined }): PostDate | undefined {
  if (post.postedAt) return { at: post.postedAt, isEditDate: false };
  if (post.editedAt) return { at: post.editedAt, isEditDate: true };
  return undefined;
}
