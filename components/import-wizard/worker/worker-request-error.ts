/**
 * A request the worker could not answer. `isTemporary` is set for a chunk's request to the server
 * (the worker sends the chunks): true when sending it again may work.
 */
export class WorkerRequestError extends Error {
  constructor(
    message: string,
    readonly isTemporary?: boolean,
  ) {
    super(message);
  }
}
