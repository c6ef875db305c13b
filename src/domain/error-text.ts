/** An error as the kit reports it to a log or to another thread: its stack (with its message), or what was thrown. */
export function errorText(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
