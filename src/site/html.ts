// HTML written as strings, for fragments a build repeats thousands of times (contacts on the
// country pages): rendered once and reused, where an Astro component would render per page.
// Escapes exactly as Astro does, so the markup is the same either way.

const ESCAPABLE = /[&<>'"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

export function escapeHtml(value: string): string {
	return value.replace(ESCAPABLE, (char) => ENTITIES[char] ?? char);
}

/** ` name="value"` for each attribute that has a value (undefined and false leave it out). */
export function attributes(values: Record<string, string | number | undefined | false>): string {
	let html = '';
	for (const [name, value] of Object.entries(values)) {
		if (value === undefined || value === false) continue;
		html += ` ${name}="${escapeHtml(String(value))}"`;
	}
	return html;
}

/** An element with escaped attributes around already-built inner HTML. */
export function element(tag: string, attrs: Record<string, string | number | undefined | false>, inner: string): string {
	return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
}
