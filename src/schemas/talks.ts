import { z } from 'astro/zod';
import { idSchema, isoDateSchema, textSchema } from './shared.ts';

/** What kind of session a kit runs. */
export const talkKinds = [
	'tech-talk',
	'business-talk',
	'planning',
	'sync',
	'celebration',
	'briefing',
] as const;
/** Who teaches whom: a tech-talk is IT teaching business staff, a business-talk the reverse. */
export const talkDirections = ['it-to-business', 'business-to-it', 'both'] as const;
/** When in the day it runs; a `lunch` slot fits in 60 minutes. */
export const talkSlots = ['lunch', 'coffee', 'meeting'] as const;
/** What happens in an agenda segment. */
export const segmentKinds = [
	'welcome',
	'talk',
	'demo',
	'exercise',
	'discussion',
	'qa',
	'wrap-up',
	'break',
] as const;

/** One slide in presenter mode. */
export const slideSchema = z.strictObject({
	/** Slide heading. */
	title: textSchema,
	/** Bullet points shown on the slide. */
	points: z.array(textSchema).default([]),
	/** Speaker note: what to say or ask while the slide is up; presenter mode shows it to the presenter. */
	say: textSchema,
});

/** One printable card: what the group sees, and the answer for the facilitator. */
export const cardSchema = z.strictObject({
	/** Short label printed on the card, such as `Message 3`. */
	title: textSchema,
	/** Markdown: what the card shows, such as a whole example message. */
	body: textSchema,
	/** Markdown: the answer and how to tell, printed on the facilitator's answer sheet. */
	answer: textSchema,
});

/** A set of cards printed together for one exercise. */
export const cardSetSchema = z.strictObject({
	/** Heading of the set, such as `Real or fake?`. */
	title: textSchema,
	/** How to use the cards, in one or two sentences. */
	instructions: textSchema,
	/** The cards, at least two. */
	cards: z.array(cardSchema).min(2, 'give a card set at least two cards'),
});

/** One agenda segment; the segments' minutes add up to the kit's `minutes`. */
export const agendaItemSchema = z.strictObject({
	/** Segment heading. */
	title: textSchema,
	/** Length in minutes. */
	minutes: z.number().int().positive(),
	/** What happens in it. */
	kind: z.enum(segmentKinds),
	/** Facilitator notes for the segment. */
	notes: textSchema,
	/** Slides for presenter mode, at least one. */
	slides: z.array(slideSchema).min(1, 'give each agenda segment at least one slide'),
});

/** One segment of a variant: a segment of the main agenda, by its title, with this version's minutes. */
export const variantSegmentSchema = z.strictObject({
	/** The `title` of a segment in the kit's `agenda`; presenter mode shows its slides. */
	segment: textSchema,
	/** Length in this version. */
	minutes: z.number().int().positive(),
	/** Facilitator notes for this version, when they differ from the main agenda's. */
	notes: textSchema.optional(),
});

/** Another way to run the kit, such as a 15-minute coffee version or one where everyone is remote. */
export const variantSchema = z.strictObject({
	/** Short id for links (`coffee`, `remote`); unique within the kit. */
	id: idSchema,
	/** Name on the kit page and in presenter mode, such as `15-minute coffee version`. */
	title: textSchema,
	/** Run time in minutes; equals the sum of this version's agenda. */
	minutes: z.number().int().positive(),
	/** What changes compared with the full session, one line each. */
	changes: z.array(textSchema).min(1, 'say in `changes` what is different in this version'),
	/** The segments this version runs, in order. */
	agenda: z.array(variantSegmentSchema).min(1, 'give the variant at least one agenda segment'),
});

/** Frontmatter of a session kit: `content/talks/<id>.mdx`. */
export const talkSchema = z.strictObject({
	/** Page title. */
	title: textSchema,
	/** One or two sentences for the catalogue and search. */
	description: textSchema,
	/** Session type. */
	kind: z.enum(talkKinds),
	/** Who teaches whom: `it-to-business`, `business-to-it`, or `both` for sessions run together. */
	direction: z.enum(talkDirections),
	/** Who it is for, in words (`Everyone`, `Business staff`). */
	audience: textSchema,
	/** Run time in minutes; equals the sum of the agenda. */
	minutes: z.number().int().positive(),
	/** Time of day; `lunch` fits in 60 minutes. */
	slot: z.enum(talkSlots),
	/** Who presents, as a role, never a person's name. */
	presenter: textSchema,
	/** Repeat rhythm for recurring sessions. */
	recurrence: z.enum(['monthly', 'quarterly']).optional(),
	/** Where the session usually happens (`Canteen, 2nd floor`); the invite's location. */
	location: textSchema.optional(),
	/** Video-call link for people who join from elsewhere; an `https://` address, put in the invite. */
	meetingLink: z.url({ protocol: /^https$/ }).optional(),
	/** Preparation tasks and how many days before the session they are due. */
	prep: z
		.array(
			z.strictObject({
				/** What to do. */
				task: textSchema,
				/** Days before the session (0 = on the day). */
				daysBefore: z.number().int().min(0),
			}),
		)
		.default([]),
	/** What to have ready in the room and for remote attendees. */
	materials: z.strictObject({
		/** In the room. */
		inRoom: z.array(textSchema).default([]),
		/** For people joining remotely. */
		remote: z.array(textSchema).default([]),
	}),
	/** Segments in running order. */
	agenda: z.array(agendaItemSchema).min(1, 'give the session at least one agenda segment'),
	/** Other ways to run it (shorter, everyone remote), each built from the agenda's segments. */
	variants: z.array(variantSchema).default([]),
	/**
	 * Problems people meet and how to fix them (in a business-talk: common misunderstandings and
	 * what to do instead); at least 3 for a tech-talk or business-talk.
	 */
	commonIssues: z
		.array(
			z.strictObject({
				/** The problem in the words people use. */
				problem: textSchema,
				/** Markdown steps that fix it. */
				fix: textSchema,
			}),
		)
		.default([]),
	/** What attendees take away. */
	outcomes: z.array(textSchema).default([]),
	/** Questions to get the room talking. */
	discussion: z.array(textSchema).default([]),
	/** Feedback questions to ask at the end. */
	feedback: z.array(textSchema).default([]),
	/** Printable card sets for exercises, such as example messages to judge. */
	cards: z.array(cardSetSchema).default([]),
	/** Markdown message template to send afterwards. */
	followUp: textSchema,
	/** Glossary term ids of the day; each must exist. */
	terms: z.array(idSchema).default([]),
	/** Date of the last content review. */
	reviewed: isoDateSchema,
	/** Team or role that keeps this kit accurate. */
	owner: textSchema.optional(),
});

export type Talk = z.output<typeof talkSchema>;
