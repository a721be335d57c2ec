// MDX-facing components: `import { HelpdeskContacts } from '~/components';`
export { default as HelpdeskContacts } from './helpdesk/HelpdeskContacts.astro';
