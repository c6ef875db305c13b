// Folder addresses end with "/": Astro's base path, the kit's home page, an edit address.

/** `text` with a "/" at its end: "/kit" → "/kit/", "https://x.example" → "https://x.example/". */
export function withTrailingSlash(text: string): string {
	return text.endsWith('/') ? text : `${text}/`;
}
