import type { Talk } from '../../schemas/talks.ts';
import type { PresenterPlan } from './presenter.ts';

/** One slide of presenter mode with the segment it belongs to. */
export interface PresenterSlide {
	number: number;
	segmentIndex: number;
	segmentTitle: string;
	segmentMinutes: number;
	segmentNotes: string;
	title: string;
	points: string[];
	say: string;
	/** The slide presenter mode adds at the end, with the codes attendees scan. */
	closing: boolean;
}

/** A version of the kit: its variant's segments, or the whole agenda when there is no variant. */
export type Variant = Talk['variants'][number];

/** The slide that ends every session: codes for the handout, the terms and the feedback form. */
export const CLOSING_SLIDE = {
	title: 'Take this with you',
	points: [],
	say: 'Leave this slide up while people scan the codes with their phone camera: the handout, the words of the day and a short feedback form that they send to you.',
};

/**
 * The segments a version runs: the agenda itself, or the variant's choice of its segments with the
 * variant's minutes and (where given) notes. Validation has checked that every segment exists.
 */
export function getVersionAgenda(agenda: Talk['agenda'], variant?: Variant): Talk['agenda'] {
	if (!variant) return agenda;
	return variant.agenda.map((item) => {
		const segment = agenda.find((candidate) => candidate.title === item.segment);
		if (!segment) throw new Error(`variant "${variant.id}" names no segment "${item.segment}"`);
		return { ...segment, minutes: item.minutes, notes: item.notes ?? segment.notes };
	});
}

/** Flattens a version's agenda into slides, with the closing slide last, and the plan the timers need. */
export function buildSlides(
	agenda: Talk['agenda'],
	variant?: Variant,
): {
	slides: PresenterSlide[];
	plan: PresenterPlan;
} {
	const segments = getVersionAgenda(agenda, variant);
	const last = segments.length - 1;
	const slides = segments.flatMap((segment, segmentIndex) =>
		[
			...segment.slides.map((slide) => ({ ...slide, closing: false })),
			...(segmentIndex === last ? [{ ...CLOSING_SLIDE, closing: true }] : []),
		].map((slide) => ({
			segmentIndex,
			segmentTitle: segment.title,
			segmentMinutes: segment.minutes,
			segmentNotes: segment.notes,
			title: slide.title,
			points: slide.points,
			say: slide.say,
			closing: slide.closing,
		})),
	);
	return {
		slides: slides.map((slide, index) => ({ ...slide, number: index + 1 })),
		plan: {
			segments: segments.map((segment, index) => ({
				minutes: segment.minutes,
				slides: segment.slides.length + (index === last ? 1 : 0),
			})),
		},
	};
}
