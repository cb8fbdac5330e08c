// What a reader of each real minutes file expects the importer to find (issue 15). Written
// by reading the files in test/fixtures/minutes/, not from the importer's output.

/** A decision as the minutes write it: a piece of its title, its outcome, the votes by handle. */
export type ExpectedDecision = {
  title: string;
  outcome: 'approved' | 'rejected' | 'deferred';
  plus?: string[];
  minus?: string[];
  abstain?: string[];
  /** Roster handle of who proposed it, when the minutes say. */
  proposer?: string;
};

/** An action: owner handle (`@all`, `@everyone` as written; `''` for none), a piece of its text, done or not. */
export type ExpectedAction = { owner: string; text: string; done?: boolean };

export type Expected = {
  file: string;
  title?: string;
  date: string;
  week?: number;
  /** Roster handles present (late joiners included). */
  present: string[];
  late?: string[];
  absent: string[];
  /** Handle → a piece of the reason written for them. */
  reasons?: Record<string, string>;
  /** Observers as written (`@edef1c`). */
  observers?: string[];
  recorder?: string;
  chair?: string;
  /** Names the minutes use that are not on the roster. */
  unknown?: string[];
  /** Section titles in order, with `(N)` for a timebox (attendance sections left out). */
  sections: string[];
  /** Topic titles that must be there, by section. */
  topics: Record<string, string[]>;
  /** Lines that must not be topic titles (votes, notes nested under a topic). */
  notTopics?: string[];
  /** Every decision the notes record, in order. */
  decisions: ExpectedDecision[];
  /** Every action item, in order. */
  actions: ExpectedAction[];
  /** Lines that must not become actions. */
  notActions?: string[];
  /** Pieces of text the notes must keep as written (links, formatting). */
  keeps?: string[];
  /** Pieces of what the preview must ask the member to check (the importer's uncertain points). */
  flags?: string[];
};
