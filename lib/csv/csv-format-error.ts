/** The upload cannot be read as CSV text; the message is safe to show to the user as is. */
export class CsvFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvFormatError";
  }
}
