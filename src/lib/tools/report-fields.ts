// One table for the problem-report builder: it draws the form, names what the browser reads and
// saves, and orders and titles the ticket's sections.

/** The text questions, in order: label and hint on the form, rows, and the ticket section. */
export const reportTextFields = [
	{
		name: 'tryingTo',
		label: 'What were you trying to do?',
		hint: 'The goal, not the button: "Submit my monthly expense claim".',
		rows: 2,
		section: 'What I was trying to do',
	},
	{
		name: 'happened',
		label: 'What happened instead?',
		hint: '"The page froze after I clicked Submit."',
		rows: 2,
		section: 'What happened instead',
	},
	{
		name: 'error',
		label: 'The exact error message',
		hint: 'Copy it word for word, or write "no message".',
		rows: 2,
		section: 'Exact error message',
	},
	{
		name: 'started',
		label: 'When did it start?',
		hint: '"Today at about 09:15", "since the update on Monday".',
		rows: 1,
		section: 'When it started',
	},
	{
		name: 'affected',
		label: 'Who else is affected?',
		hint: 'Just you, your team, a whole department, customers?',
		rows: 1,
		section: 'Who is affected',
	},
	{
		name: 'businessImpact',
		label: 'What does it stop you or the business from doing?',
		hint: '"Claims must reach finance before the month closes."',
		rows: 2,
		section: 'Business impact and deadline',
	},
	{
		name: 'deadline',
		label: 'Any deadline?',
		hint: '"Friday 17:00", or leave empty.',
		rows: 1,
		section: 'Business impact and deadline',
		// Shares its section with the business impact, so it says what it is.
		prefix: 'Deadline: ',
	},
	{
		name: 'tried',
		label: 'What have you already tried?',
		hint: 'Restarting, another browser, another device, the VPN on or off…',
		rows: 2,
		section: 'What I have already tried',
	},
] as const satisfies readonly {
	name: string;
	label: string;
	hint: string;
	rows: number;
	section: string;
	prefix?: string;
}[];

/** The name of a text question. */
export type ReportTextField = (typeof reportTextFields)[number]['name'];

/** The two scales that set the suggested priority. */
export const reportScales = [
	{
		name: 'impact',
		legend: 'How many people does it affect?',
		options: [
			{ value: 'low', label: 'Only me' },
			{ value: 'medium', label: 'My team or several people' },
			{ value: 'high', label: 'A whole department, many teams or customers' },
		],
	},
	{
		name: 'urgency',
		legend: 'How urgent is it?',
		options: [
			{ value: 'low', label: 'I can work around it for now' },
			{ value: 'medium', label: 'It slows my work, or a deadline is days away' },
			{ value: 'high', label: 'I cannot work, customers are waiting, or the deadline is today' },
		],
	},
] as const;
