// Renders an offer body to HTML without compiling it: the MDX syntax tree (from the same parser
// and settings as the check in domain/mdx-body.ts) becomes HTML element by element. Code nodes
// (import/export, {expressions}) are dropped, tags become HTML only when they are on the
// allow-list and keep only their allowed attributes, and every URL goes through the same
// classification as the check: the HTML cannot hold what validate would refuse.
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { ALLOWED_ELEMENTS, classifyBodyUrl, isAllowedAttribute } from '../domain/body-rules.ts';
import { BODY_FEATURES } from '../domain/mdx-body.ts';

/** Where the body's links go on the site. */
export interface BodyLinks {
	/** The published URL of a file of the offer folder (`documents/deck.pdf`). */
	file(path: string): string;
	/** A path from the site root (`/contacts/`) with the site's base path. */
	site(path: string): string;
}

export interface BodyHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface RenderedBody {
	html: string;
	headings: BodyHeading[];
}

type AnyNode = RootContent & { type: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] };

/** The body as HTML, with the headings (their ids made as Astro makes them). */
export function renderBodyHtml(text: string, links: BodyLinks): RenderedBody {
	const tree = mdxToHast(text, { features: BODY_FEATURES, position: false }) as Root;
	const slugger = new GithubSlugger();
	const headings: BodyHeading[] = [];

	const transform = (nodes: readonly RootContent[]): ElementContent[] =>
		nodes.flatMap((node): ElementContent[] => {
			const any = node as AnyNode;
			switch (any.type) {
				case 'text':
				case 'comment':
					return [node as ElementContent];
				case 'element':
					return transformElement(node as Element);
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement':
					return fromJsx(any);
				default:
					// import/export, {expressions}, raw HTML, doctype: nothing of them reaches the page.
					return [];
			}
		});

	const transformElement = (element: Element): ElementContent[] => {
		const children = transform(element.children);
		const properties: Properties = { ...element.properties };
		if (element.tagName === 'a') {
			const href = resolveBodyUrl(String(properties.href ?? ''), false);
			if (href === undefined) delete properties.href;
			else properties.href = href;
		} else if (element.tagName === 'img') {
			const src = resolveBodyUrl(String(properties.src ?? ''), true);
			if (src === undefined) return [];
			properties.src = src;
			properties.loading = 'lazy';
			properties.decoding = 'async';
		} else if (/^h[1-6]$/.test(element.tagName)) {
			const headingText = textOf(children);
			const slug = slugger.slug(headingText);
			properties.id = slug;
			headings.push({ depth: Number(element.tagName.slice(1)), slug, text: headingText });
		}
		return [{ ...element, properties, children }];
	};

	const fromJsx = (node: AnyNode): ElementContent[] => {
		const tagName = node.name ?? '';
		if (!Object.hasOwn(ALLOWED_ELEMENTS, tagName)) return [];
		const properties: Properties = {};
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !isAllowedAttribute(tagName, attribute.name)) continue;
			if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
			else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
		}
		const children = transform(((node as { children?: RootContent[] }).children ?? []) as RootContent[]);
		return [{ type: 'element', tagName, properties, children }];
	};

	/** The address a body's link or image has in the page (a file of the offer folder where the site serves it); undefined when the body may not use it. */
	const resolveBodyUrl = (url: string, image: boolean): string | undefined => {
		const target = classifyBodyUrl(url, { image });
		if ('problem' in target) return undefined;
		switch (target.kind) {
			case 'file':
				return links.file(target.path) + target.suffix;
			case 'site':
				return links.site(target.url);
			default:
				return target.url;
		}
	};

	const html = toHtml({ type: 'root', children: transform(tree.children) });
	return { html, headings };
}

function textOf(nodes: readonly ElementContent[]): string {
	return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('');
}
