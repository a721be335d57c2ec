// MDX-facing components: `import { HelpdeskContacts, NoGlossary } from '~/components';`
export { default as HelpdeskContacts } from './helpdesk/HelpdeskContacts.astro';
export { default as NoGlossary } from './glossary/NoGlossary.astro';
