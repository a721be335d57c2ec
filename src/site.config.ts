/**
 * Organisation settings. Edit this file to brand the site and point readers at your own
 * helpdesk; content refers to these values through components and never copies them.
 */
export interface SiteConfig {
	/** Organisation name shown in titles and text. */
	organisation: string;
	/** Site title in the header. */
	title: string;
	/** How people reach IT support. */
	helpdesk: {
		email: string;
		phone: string;
		/** Self-service portal where tickets are raised. */
		portalUrl: string;
		/** Opening hours, in plain words. */
		hours: string;
	};
	/** Link to open a new ticket; `{subject}` is replaced by a URL-encoded subject. */
	ticketUrlTemplate: string;
	/** IANA time zone for calendar invites. */
	timeZone: string;
	/** Where readers suggest changes to content; `{title}` is replaced by the page title. */
	feedbackUrlTemplate: string;
}

export const siteConfig: SiteConfig = {
	organisation: 'Example Organisation',
	title: 'Common Ground',
	helpdesk: {
		email: 'helpdesk@example.org',
		phone: '+1 555 0100',
		portalUrl: 'https://helpdesk.example.org/',
		hours: 'Monday to Friday, 8:00 to 18:00',
	},
	ticketUrlTemplate: 'https://helpdesk.example.org/new?subject={subject}',
	timeZone: 'Europe/London',
	feedbackUrlTemplate: 'mailto:helpdesk@example.org?subject=Suggestion%3A%20{title}',
};
