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
}

/** Flattens the agenda into slides, and the plan the timers need. */
export function buildSlides(agenda: Talk['agenda']): {
	slides: PresenterSlide[];
	plan: PresenterPlan;
} {
	const slides = agenda.flatMap((segment, segmentIndex) =>
		segment.slides.map((slide) => ({
			segmentIndex,
			segmentTitle: segment.title,
			segmentMinutes: segment.minutes,
			segmentNotes: segment.notes,
			title: slide.title,
			points: slide.points,
			say: slide.say,
		})),
	);
	return {
		slides: slides.map((slide, index) => ({ ...slide, number: index + 1 })),
		plan: {
			segments: agenda.map((segment) => ({
				minutes: segment.minutes,
				slides: segment.slides.length,
			})),
		},
	};
}
