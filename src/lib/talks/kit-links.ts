import { getEntryHref } from '../site/urls.ts';
import { toQrSvg } from './qr.ts';

/** The addresses of a kit's pages, each with the site's base path. */
export function getKitHrefs(id: string) {
	const page = getEntryHref('talks', id);
	return {
		page,
		present: `${page}present/`,
		handout: `${page}handout/`,
		cards: `${page}cards/`,
		terms: `${page}terms/`,
		feedback: `${page}feedback/`,
		feedbackSheet: `${page}feedback-sheet/`,
		invite: `${page.replace(/\/$/, '')}.ics`,
	};
}

/** Presenter mode for one of a kit's variants. */
export function getVariantPresentHref(id: string, variant: string): string {
	return `${getKitHrefs(id).present}${variant}/`;
}

/** The pages attendees take away on their phones, in the order the codes are shown. */
export const handOffKinds = ['handout', 'terms', 'feedback'] as const;
export type HandOffKind = (typeof handOffKinds)[number];

const handOffLabels: Record<HandOffKind, string> = {
	handout: 'The handout',
	terms: 'Words of the day',
	feedback: 'Your feedback',
};

/** A page of the kit for attendees, with its full address and a QR code that opens it. */
export interface HandOff {
	kind: HandOffKind;
	label: string;
	/** Link within the site, base path included. */
	href: string;
	/** The absolute address the code holds. */
	url: string;
	/** The QR code as SVG markup. */
	svg: string;
}

/**
 * The kit's hand-offs with their QR codes, made from the site's public address (`site`) and the
 * base path already in the hrefs, so a code printed from a build opens that same deployment.
 */
export async function buildHandOffs(
	id: string,
	site: URL | string | undefined,
	kinds: readonly HandOffKind[] = handOffKinds,
): Promise<HandOff[]> {
	const hrefs = getKitHrefs(id);
	return Promise.all(
		kinds.map(async (kind) => {
			const url = new URL(hrefs[kind], site).href;
			return { kind, label: handOffLabels[kind], href: hrefs[kind], url, svg: await toQrSvg(url) };
		}),
	);
}
