/** The test of issue 20's "every refusal in words", shared by the parser, backup and CLI tests. */

/** Why `message` is not a sentence for an SC member, or null when it is one. */
export function notWords(message: string, fileName: string | undefined): string | null {
  if (fileName !== undefined && !message.includes(fileName)) return `does not name ${fileName}`;
  if (/[{}]/.test(message)) return 'has braces (JSON or a placeholder)';
  if (/"(code|path|message|origin|expected|pattern)"/.test(message)) return 'has a validator field';
  if (/\\[dswbDSW]|\(\?[:=!<]|\[\^|\]\{|\/\^|\$\/|\|\|/.test(message)) return 'has a pattern';
  if (/Too big|Too small|Invalid (input|string|ISO|option)|expected string|received/.test(message)) return 'has a validator phrase';
  if (/\n\s+at |Error:/.test(message)) return 'has a stack trace or an error name';
  if (message.length > 300) return `is ${message.length} characters long`;
  return null;
}
