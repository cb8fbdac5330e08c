/** What a command may do to the outside world; tests pass their own. */
export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Uint8Array;
  /** Print the stack trace after an unexpected error's one-line message (STEERING_DEBUG=1). */
  debug?: boolean;
};
