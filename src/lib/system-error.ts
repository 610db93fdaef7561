// A fault of the machine (a full disk, a folder it may not write, a folder in the way) as Node
// reports it: an error with a code and the system call that failed. Its message names what and
// where; a programming error has no syscall and keeps its stack trace.

export const isSystemError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
