import type { QuizQuestion } from '../../schemas/quiz.ts';
import type { ContentIssue } from '../validation/issues.ts';

/** How much longer than the longest wrong choice a right one may be before it gives itself away. */
export const MAX_LENGTH_RATIO = 1.25;

/** Single-answer questions a module needs before "every right answer in one place" is a pattern. */
const MIN_FOR_POSITION = 3;

/** A choice that is only a catch-all ("All of the above", "Both A and B"), not one inside a sentence. */
const catchAll =
	/^\s*(?:(?:all|none|both|neither) of (?:the )?(?:above|these|them|those)|all the above|both [a-h] and [a-h])\b/i;

const normalise = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

const excerpt = (text: string) => (text.length > 50 ? `${text.slice(0, 47).trimEnd()}…` : text);

/** 1-based line of each `- question:` item in the file, in order. */
function questionLines(source: string): number[] {
	return source
		.split('\n')
		.flatMap((line, index) => (/^\s*-\s+question:/.test(line) ? [index + 1] : []));
}

/**
 * Checks a module's knowledge check for answers a reader could pick without reading the module:
 * a right choice much longer than the others, "all/none of the above",
 * duplicate choices, or every right answer in the same position. `file` and `source` place
 * each problem for the author.
 */
export function lintQuiz(
	file: string,
	source: string,
	quiz: readonly QuizQuestion[],
): ContentIssue[] {
	const lines = questionLines(source);
	const quizLine =
		source.split('\n').findIndex((line) => line.startsWith('quiz:')) + 1 || undefined;
	const issues: ContentIssue[] = [];
	const add = (q: number, issue: Omit<ContentIssue, 'file' | 'line'>) =>
		issues.push({
			file,
			line: lines.length === quiz.length ? lines[q] : quizLine,
			...issue,
			problem: `question ${q + 1} ("${excerpt(quiz[q]!.question)}"): ${issue.problem}`,
		});

	quiz.forEach((question, q) => {
		const where = `quiz[${q}]`;
		const seen = new Map<string, number>();
		question.choices.forEach((choice, c) => {
			if (catchAll.test(choice.text))
				add(q, {
					field: `${where}.choices[${c}].text`,
					code: 'quiz-all-or-none',
					problem: `"${choice.text}" is a catch-all choice, which readers learn to spot`,
					fix: 'write a real option instead; when several choices are right, mark each of them `correct: true`',
				});
			const key = normalise(choice.text);
			const first = seen.get(key);
			if (first === undefined) seen.set(key, c);
			else
				add(q, {
					field: `${where}.choices[${c}].text`,
					code: 'quiz-duplicate-choice',
					problem: `choice ${c + 1} says the same as choice ${first + 1}`,
					fix: 'make every choice a different answer, or remove the repeat',
				});
		});

		const lengths = (correct: boolean) =>
			question.choices
				.filter((choice) => choice.correct === correct)
				.map((choice) => choice.text.length);
		const wrong = lengths(false);
		if (wrong.length === 0) return;
		const longestWrong = Math.max(...wrong);
		const longestRight = Math.max(...lengths(true));
		if (longestRight > MAX_LENGTH_RATIO * longestWrong)
			add(q, {
				field: `${where}.choices`,
				code: 'quiz-longest-correct',
				problem: `the right choice is ${Math.round((100 * longestRight) / longestWrong - 100)} % longer than the longest wrong one (${longestRight} against ${longestWrong} characters), so its length gives it away`,
				fix: `shorten the right choice, or give the wrong ones the same detail, so that it is at most ${Math.round((MAX_LENGTH_RATIO - 1) * 100)} % longer`,
			});
	});

	const single = quiz.filter(
		(question) => question.choices.filter((choice) => choice.correct).length === 1,
	);
	const positions = new Set(
		single.map((question) => question.choices.findIndex((choice) => choice.correct)),
	);
	if (single.length >= MIN_FOR_POSITION && positions.size === 1)
		issues.push({
			file,
			line: quizLine,
			field: 'quiz',
			code: 'quiz-same-position',
			problem: `in all ${single.length} single-answer questions the right choice is number ${[...positions][0]! + 1}`,
			fix: 'move the right choices to different positions; the page shuffles them, but the file, and anything made from it, keeps the written order',
		});
	return issues;
}
