import { type ReportTextField, reportTextFields } from './report-fields.ts';

/** How widely a problem hurts: who is affected. */
export type Impact = 'low' | 'medium' | 'high';
/** How soon it must be fixed: can people work around it, is there a deadline. */
export type Urgency = 'low' | 'medium' | 'high';

/** A ticket priority from the impact × urgency matrix. */
export interface Priority {
	code: 'P1' | 'P2' | 'P3' | 'P4';
	label: string;
}

const priorities: Record<Priority['code'], string> = {
	P1: 'Critical',
	P2: 'High',
	P3: 'Medium',
	P4: 'Low',
};

const rank = { low: 0, medium: 1, high: 2 } as const;

/**
 * The common impact × urgency matrix: both high is critical; one high and one medium is high;
 * both medium, or one high and one low, is medium; anything lower is low.
 */
export function getPriority(impact: Impact, urgency: Urgency): Priority {
	const sum = rank[impact] + rank[urgency];
	const code = sum === 4 ? 'P1' : sum === 3 ? 'P2' : sum === 2 ? 'P3' : 'P4';
	return { code, label: priorities[code] };
}

/** What the reader filled in: the text questions of reportTextFields (optional), and the scales. */
export type ProblemReport = Record<ReportTextField, string> & { impact: Impact; urgency: Urgency };

/** The ticket: a subject line and a plain-text body IT can act on. */
export interface Ticket {
	subject: string;
	body: string;
	priority: Priority;
}

const clip = (text: string, length: number) => {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return oneLine.length > length ? `${oneLine.slice(0, length - 1).trimEnd()}…` : oneLine;
};

/** Builds the ticket text; `device` is added only when the reader agreed to share it. */
export function buildTicket(report: ProblemReport, device?: string): Ticket {
	const priority = getPriority(report.impact, report.urgency);
	const summary = [report.happened, report.tryingTo].map((part) => clip(part, 60)).filter(Boolean);
	const subject = `[${priority.code} ${priority.label}] ${summary.join(' – ') || 'IT problem'}`;
	const section = (title: string, text: string) => `${title}\n${text.trim() || 'Not given'}`;
	// The fields in their order; fields that share a section are joined under one title.
	const sections = new Map<string, string[]>();
	for (const field of reportTextFields) {
		const text = report[field.name].trim();
		const lines = sections.get(field.section) ?? [];
		if (text) lines.push(`${'prefix' in field ? field.prefix : ''}${text}`);
		sections.set(field.section, lines);
	}
	const body = [
		...[...sections].map(([title, lines]) => section(title, lines.join('\n'))),
		`Suggested priority\n${priority.code} (${priority.label}): impact ${report.impact}, urgency ${report.urgency}`,
		...(device ? [section('My device and browser', device)] : []),
	].join('\n\n');
	return { subject, body, priority };
}

/** A mailto link that opens the reader's email app with the ticket filled in. */
export function buildMailto(email: string, ticket: Ticket): string {
	return `mailto:${email}?subject=${encodeURIComponent(ticket.subject)}&body=${encodeURIComponent(ticket.body)}`;
}

/** The helpdesk portal's new-ticket link with the subject filled in. */
export function buildTicketUrl(template: string, ticket: Ticket): string {
	return template.replace('{subject}', encodeURIComponent(ticket.subject));
}
