export class StoryParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message)
    this.name = 'StoryParseError'
  }
}
