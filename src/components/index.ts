// MDX-facing components: `import { HelpdeskContacts, NoGlossary } from '~/components';`
// A page gets the styles of every component here, so Diagram (~/components/diagrams/Diagram.astro)
// is imported on its own and its styles load only on pages that show one.
export { default as HelpdeskContacts } from './helpdesk/HelpdeskContacts.astro';
export { default as NoGlossary } from './glossary/NoGlossary.astro';
