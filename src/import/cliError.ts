/** A refusal the command line reports as one clear line, with its exit code (2: bad usage, 1: anything else). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message)
    this.name = 'CliError'
  }
}
