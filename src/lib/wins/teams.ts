/** Reader-facing names of the team ids used in the wins log. */
const teamNames: Record<string, string> = {
	it: 'IT',
	hr: 'HR',
	'customer-service': 'Customer service',
};

/** `customer-service` → `Customer service`, `it` → `IT`. */
export function getTeamName(id: string): string {
	return teamNames[id] ?? id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');
}

/** "IT and Finance", "IT, Sales and Marketing". */
export function joinTeams(ids: readonly string[]): string {
	const names = ids.map(getTeamName);
	return names.length <= 1
		? names.join('')
		: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
