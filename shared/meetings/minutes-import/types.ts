/**
 * What the minutes importer reads out of one file (issue 15). People are written as the
 * minutes wrote them: `@handle` for a mention, a plain name otherwise (`John`, `Luj`);
 * matching them to SC members happens when rows are made (minutes-to-rows.ts), where the
 * roster is known.
 */

/** Something the importer is not sure of, shown in the preview for the member to check. */
export type Uncertain = { what: string; why: string };

/** Attendance as the minutes record it. */
export type MinutesAttendance = {
  /** Members present for the whole meeting. */
  present: string[];
  /** Present, but joined late. */
  late: string[];
  absent: string[];
  /** Why someone was absent, or what else was noted about them (`joined at the 45 minute mark`). */
  reasons: Record<string, string>;
  /** Observers and other people who are not SC members (the board at a board call). */
  observers: string[];
  recorder?: string;
  chair?: string;
  /**
   * Attendance lines kept as written because the fields above cannot say all they say: a
   * reason, a late joiner's time, a note such as "Julien had to leave at the 35 minute mark".
   */
  notes: string[];
};

/** One agenda topic with its notes as written. */
export type MinutesTopic = {
  /** Inline Markdown, one line. */
  title: string;
  timeboxMin?: number;
  /** Markdown of everything recorded under the topic, links and formatting kept. */
  notes: string;
  /** A `Conclusion: …` line directly under the topic. */
  conclusion?: string;
  /** 1-based line in the file. */
  line: number;
};

/** What a section is for, beyond holding topics. */
export type MinutesSectionRole = 'actions' | 'decisions' | 'preamble';

/** A section of the minutes with its topics. */
export type MinutesSection = {
  title: string;
  timeboxMin?: number;
  /** The heading the section sits under when the file groups sections (`Agenda` › `Old Business`). */
  group?: string;
  role?: MinutesSectionRole;
  topics: MinutesTopic[];
  line: number;
};

/** A vote as written: who, which way, and anything said with it. */
export type MinutesVote = { who: string; vote: '+1' | '-1' | 'abstain'; note?: string };

/** The outcome of a decision as written (or, when `isInferred`, read from its votes). */
export type MinutesOutcome = 'approved' | 'rejected' | 'deferred' | 'withdrawn' | 'proposed';

/** A decision found in the notes: a vote, or an outcome written under a proposal. */
export type MinutesDecision = {
  /** Plain one-line title. */
  title: string;
  /** The line that holds the motion, as written. */
  motion: string;
  outcome: MinutesOutcome;
  /** The outcome was not written; it follows from the votes. */
  isInferred: boolean;
  /** The words the outcome was read from (`✅ Accepted (6-0, 1 absent)`), or a tally without names. */
  outcomeText: string;
  votes: MinutesVote[];
  proposer?: string;
  /** Where it was found: the section's title and the topic's index in it. */
  section: string;
  topicIndex: number;
  line: number;
};

/** An action item: an owner (`@handle`, `''` for nobody) and what they are to do. */
export type MinutesAction = { owner: string; text: string; done: boolean; due?: string; section: string; line: number };

/** Result of parseMinutes. */
export type ParsedMinutes = {
  title: string;
  /** The file has no title line: the title was made from the date. */
  isTitleGuess: boolean;
  week?: number;
  /** `YYYY-MM-DD`, from the title or else from the file name. */
  date: string;
  attendance: MinutesAttendance;
  sections: MinutesSection[];
  decisions: MinutesDecision[];
  actions: MinutesAction[];
  uncertain: Uncertain[];
};
