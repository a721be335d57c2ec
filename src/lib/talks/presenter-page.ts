import type { Talk } from '../../schemas/talks.ts';
import { buildHandOffs, getKitHrefs, getVariantPresentHref, type HandOff } from './kit-links.ts';
import { buildSlides, getVersionAgenda, type Variant } from './slides.ts';

export type { Variant };

/** One version of a kit in presenter mode's picker. */
export interface PresenterVersion {
	title: string;
	minutes: number;
	href: string;
	current: boolean;
}

/** The name of the full session in the version picker. */
export const FULL_SESSION = 'Full session';

/**
 * Everything presenter mode renders for a kit, or for one of its variants: the slides and plan,
 * the storage key (each version keeps its own place and timers), the hand-off codes on the last
 * slide and the versions to switch between.
 */
export async function buildPresenterPage(
	talk: { id: string; data: Talk },
	variant: Variant | undefined,
	site: URL | string | undefined,
) {
	const { data } = talk;
	const hrefs = getKitHrefs(talk.id);
	const versions: PresenterVersion[] = [
		{ title: FULL_SESSION, minutes: data.minutes, href: hrefs.present, current: !variant },
		...data.variants.map((each) => ({
			title: each.title,
			minutes: each.minutes,
			href: getVariantPresentHref(talk.id, each.id),
			current: each.id === variant?.id,
		})),
	];
	const handOffs = await buildHandOffs(talk.id, site);
	const url = (kind: HandOff['kind']) => handOffs.find((handOff) => handOff.kind === kind)!.url;
	const built = buildSlides(data.agenda, variant);
	return {
		title: variant ? `${data.title} · ${variant.title}` : data.title,
		minutes: variant?.minutes ?? data.minutes,
		...built,
		storageKey: variant ? `${talk.id}:${variant.id}` : talk.id,
		handOffs,
		versions,
		kitHref: hrefs.page,
		/** What the end-of-session summary needs: the run's names and the follow-up to fill in. */
		run: {
			kit: talk.id,
			version: variant?.title ?? FULL_SESSION,
			titles: getVersionAgenda(data.agenda, variant).map((segment) => segment.title),
			followUp: data.followUp,
			handoutUrl: url('handout'),
			feedbackUrl: url('feedback'),
		},
	};
}

/** Presenter mode's model. */
export type PresenterPage = Awaited<ReturnType<typeof buildPresenterPage>>;
