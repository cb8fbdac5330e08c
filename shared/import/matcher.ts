/**
 * The content matcher imports use (issue 14): shared/parse's `similarity` over each text's
 * `contentFingerprint`, computed once per text. Kept apart from the identity rule
 * (post-identity.ts), which takes any `Matcher`, so that tests can pass their own.
 */
import { contentFingerprint, similarity } from '../parse/similarity';
import type { Matcher } from './post-identity';

/** Word-pair similarity of the words a reader sees (links, markup and images aside). */
export const postMatcher: Matcher = { similarity, prepare: contentFingerprint };
