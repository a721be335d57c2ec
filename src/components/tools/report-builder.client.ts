// <cg-report-builder>: turns the answers into a ticket with a suggested priority as you type,
// keeps the draft in this browser, and offers copy, email and portal links. Nothing is sent.
import {
	buildMailto,
	buildTicket,
	buildTicketUrl,
	type ProblemReport,
} from '../../lib/tools/ticket.ts';
import { type ReportTextField, reportTextFields } from '../../lib/tools/report-fields.ts';

const DRAFT_KEY = 'cg:report-draft';
const textNames = reportTextFields.map((field) => field.name);

class ReportBuilder extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		const $ = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-${name}]`)!;
		const value = (name: string) =>
			(form.elements.namedItem(name) as HTMLTextAreaElement | RadioNodeList | null)?.value ?? '';
		const device = form.elements.namedItem('device') as HTMLInputElement;

		const read = (): ProblemReport => ({
			...(Object.fromEntries(textNames.map((name) => [name, value(name)])) as Record<
				ReportTextField,
				string
			>),
			impact: (value('impact') || 'low') as ProblemReport['impact'],
			urgency: (value('urgency') || 'low') as ProblemReport['urgency'],
		});
		const describeDevice = () =>
			[
				`Browser: ${navigator.userAgent}`,
				`Screen: ${screen.width}×${screen.height}`,
				`Language: ${navigator.language}`,
				`Time zone: ${Intl.DateTimeFormat().resolvedOptions().timeZone}`,
			].join('\n');

		const render = () => {
			const report = read();
			const ticket = buildTicket(report, device.checked ? describeDevice() : undefined);
			$('priority').textContent =
				`Suggested priority: ${ticket.priority.code} (${ticket.priority.label})`;
			$<HTMLInputElement>('subject').value = ticket.subject;
			$<HTMLTextAreaElement>('body').value = ticket.body;
			$<HTMLAnchorElement>('mailto').href = buildMailto(this.dataset.email ?? '', ticket);
			$<HTMLAnchorElement>('portal').href = buildTicketUrl(
				this.dataset.ticketUrl ?? this.dataset.portal ?? '',
				ticket,
			);
			try {
				localStorage.setItem(DRAFT_KEY, JSON.stringify({ ...report, device: device.checked }));
			} catch {
				// Without storage the draft simply does not survive a reload.
			}
		};

		try {
			const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Record<
				string,
				unknown
			> | null;
			if (draft && typeof draft === 'object') {
				for (const name of textNames)
					if (typeof draft[name] === 'string')
						(form.elements.namedItem(name) as HTMLTextAreaElement).value = draft[name];
				for (const name of ['impact', 'urgency'])
					if (typeof draft[name] === 'string')
						form
							.querySelector<HTMLInputElement>(
								`input[name="${name}"][value="${String(draft[name])}"]`,
							)
							?.click();
				device.checked = draft.device === true;
			}
		} catch {
			localStorage.removeItem(DRAFT_KEY);
		}

		form.addEventListener('input', render);
		form.addEventListener('change', render);
		form.addEventListener('reset', () =>
			setTimeout(() => {
				localStorage.removeItem(DRAFT_KEY);
				render();
				$('message').textContent = 'The form was cleared.';
			}),
		);
		$('copy').addEventListener('click', () => {
			const text = `${$<HTMLInputElement>('subject').value}\n\n${$<HTMLTextAreaElement>('body').value}`;
			navigator.clipboard.writeText(text).then(
				() =>
					($('message').textContent =
						'Ticket copied. Paste it into the helpdesk portal or an email.'),
				() => {
					$<HTMLTextAreaElement>('body').select();
					$('message').textContent = 'Select the text and copy it with your keyboard.';
				},
			);
		});
		render();
	}
}

customElements.define('cg-report-builder', ReportBuilder);
