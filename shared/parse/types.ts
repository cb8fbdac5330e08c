/**
 * Public shapes of the import pipeline (issue 3). Everything here is plain JSON so that
 * the renderer can run `parseFiles` in the browser and write the result to IndexedDB
 * unchanged, and so that the CLI can print it.
 */
import type { AskType, Entities, ItemKind, Section, SourceKind } from '../model';

/** One file handed to the importer: raw bytes (decoded and checked here) or already-decoded text. */
export type InputFile = { name: string; bytes: Uint8Array } | { name: string; text: string };

/** An editable registry entry; `key` is the app's TeamId or a slug. */
export type TeamRegistryEntry = {
  key: string;
  name: string;
  aliases: string[];
  /** Discourse group handles such as `@NixOS/documentation-team`. */
  groupHandles: string[];
  /** Discourse usernames without `@`. */
  members: string[];
};

/** A discussion thread (a Discourse topic, or the file(s) an update came from). */
/**
 * `isTitleGuess`: the title is not the topic's own but made up by the importer (from the
 * topic's address, "Topic 56458", a file name); any real title replaces it, and it never
 * replaces a stored one.
 */
export type ParsedThread = { key: string; title: string; isTitleGuess?: boolean; topicId?: number; url?: string; host?: string; createdAt?: string };

/** Which team an update belongs to, and why we think so. `isNew`: a proposed team that is not in the registry. */
export type TeamMatch = { key: string | null; name: string; isNew: boolean; confidence: number; cue: string };

/** Where a plain-text split put a post boundary, and how sure it is (0–1). */
export type Boundary = { confidence: number; reason: string };

/** One item (a list item or paragraph) of a section. `key` is a content hash, unique within its update. */
export type ParsedItem = {
  key: string;
  kind: ItemKind;
  text: string;
  isAsk: boolean;
  askType?: AskType;
  /** Character offsets [start, end) of the quoted span inside the update's `raw`. */
  span: [number, number];
  entities: Entities;
};

/** One post turned into a (possible) team update. */
export type ParsedUpdate = {
  /**
   * The post's identity (issue 14). Every form that carries topic id and post number (topic
   * JSON, posts.json, /raw/, RSS, user_archive.csv, front matter with a post URL) gives
   * `discourse:{topicId}#{postNumber}`, so the same post has the same key whatever it came in.
   * Other forms give `{threadKey}#{local}` (team, file or content based); match those by
   * content with `similarity`.
   */
  key: string;
  threadKey: string;
  sourceKind: SourceKind;
  fileName: string;
  postId?: number;
  postNumber?: number;
  author: string;
  /** When the post was written, only where the form says so (JSON `created_at`, RSS `pubDate`, CSV, front matter). */
  postedAt?: string;
  /**
   * When the post was last changed. Without `postedAt` (a /raw/ header's `updated_at`) it may
   * also be the creation time of a never-edited post: the latest date the form knows.
   */
  editedAt?: string;
  url?: string;
  raw: string;
  isTeamUpdate: boolean;
  replyTo?: number;
  team: TeamMatch | null;
  boundary?: Boundary;
  sections: Section[];
  items: ParsedItem[];
};

/** Something the user should know that did not stop the import. */
export type ParseWarning = { fileName?: string; code: string; message: string };

/** What `parseFiles` returns. */
export type ParseResult = { threads: ParsedThread[]; updates: ParsedUpdate[]; warnings: ParseWarning[] };

/** Options of `parseFiles`. */
export type ParseOptions = {
  teams: TeamRegistryEntry[];
  /** Called with a monotone `done`; `total` grows once, when the files are read and the posts counted. */
  onProgress?: (done: number, total: number) => void;
  /** Forum origin such as `https://discourse.nixos.org`, used to make post URLs absolute when a source only has paths. */
  baseUrl?: string;
  /**
   * The topic address the member gave with the import (`https://discourse.nixos.org/t/slug/56458`,
   * `/raw/56458`, with or without scheme). Files whose text names no topic — a /raw/ dump saved
   * as `raw.txt` or pasted — are read as this topic, so their posts get the topic's keys
   * (issue 14); files that carry their own topic id keep it (with an `other-topic` warning when
   * it differs). Its origin also stands in for `baseUrl` when that is not given.
   */
  topicUrl?: string;
  /**
   * Corrected post boundaries for plain-text files, by file name: character offsets (into the
   * decoded, LF-normalised text) where a post starts. Replaces the automatic split of that file.
   */
  plainTextSplits?: Record<string, number[]>;
};

/**
 * A post as one source format yields it, before structure is extracted. Internal to the
 * pipeline, exported for the source parsers.
 */
export type SourcePost = {
  sourceKind: SourceKind;
  fileName: string;
  threadKey: string;
  postId?: number;
  postNumber?: number;
  author: string;
  postedAt?: string;
  editedAt?: string;
  url?: string;
  raw: string;
  /** True when `raw` is the author's Markdown (Discourse `raw`, a Markdown file), false when converted from HTML. */
  isRawMarkdown: boolean;
  /** Discourse post_type: 1 regular, 2 moderator action, 3 small action, 4 whisper. */
  postType?: number;
  replyToPostNumber?: number;
  /** The thread's opening post (the SC's request), known from the source. */
  isOpening?: boolean;
  /** A team name given by the source itself (front matter, a per-team heading). */
  teamHint?: string;
  /** A weaker hint: a title for the post when its text has no heading (e.g. the file name). */
  titleHint?: string;
  boundary?: Boundary;
  /** Identity of the post inside its thread when the source has no post number or id. */
  localKey?: string;
};

/** What one source parser returns for one file. */
export type SourceParse = {
  sourceKind: SourceKind;
  threads: ParsedThread[];
  posts: SourcePost[];
  /** Discourse `post_stream.stream`: all post ids of the topic, to report the ones no file supplied. */
  streams: { threadKey: string; postIds: number[] }[];
  warnings: ParseWarning[];
};
