/** What the interactive and batch modes need from the terminal; main.ts supplies the real one. */
export interface ShellInput {
  /** The commands when there is no --batch file: stdin, read only in that case. */
  stdin(): ReadableStream<Uint8Array>;
  /** stdin is a terminal: show a prompt, and Ctrl-C stops the command, not the shell. */
  isTerminal(): boolean;
  /**
   * Installs the Ctrl-C handler of the interactive mode (undefined removes it);
   * it returns true when it dealt with the signal, else the usual handling goes on.
   */
  onInterrupt(handler: (() => boolean) | undefined): void;
}
