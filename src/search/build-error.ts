/** A fault the build reports as its message alone: the message says what to do, a stack trace would bury it. */
export class SearchBuildError extends Error {
  override name = 'SearchBuildError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}
