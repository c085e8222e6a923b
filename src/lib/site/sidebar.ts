/**
 * The reading order for a first-time reader: what the chip is, the rules it falls under,
 * China's side of the story, then the reference pages. Paths are permanent public URLs.
 */
export const sidebar = [
	{ label: 'Start here', link: '/' },
	{
		label: 'The H200',
		items: [
			{ label: 'What the H200 is', link: '/h200/' },
			{ label: 'Specs compared', link: '/h200/specs/' },
			{ label: 'Why memory bandwidth matters', link: '/h200/memory-bandwidth/' },
			{ label: 'The H200 and the rules', link: '/h200/export-status/' },
		],
	},
	{
		label: 'Export rules',
		items: [
			{ label: 'How the rules work', link: '/export-rules/' },
			{ label: 'The rules, step by step', link: '/export-rules/step-by-step/' },
			{ label: 'Is this chip controlled?', link: '/export-rules/calculator/' },
		],
	},
	{
		label: "China's domestic chips",
		items: [
			{ label: "China's AI chips", link: '/china/' },
			{ label: 'Making chips under sanctions', link: '/china/making-chips/' },
		],
	},
	{ label: 'Why China turned the H200 away', link: '/why-china-turned-away/' },
	{ label: 'What it means', link: '/what-it-means/' },
	{ label: 'Timeline', link: '/timeline/' },
	{ label: 'Charts', link: '/charts/' },
	{ label: 'Glossary', link: '/glossary/' },
	{ label: 'Sources & method', link: '/sources/' },
	{ label: 'What changed', link: '/changes/' },
];

/** Every page the sidebar links to, in sidebar order. */
export const sidebarLinks: string[] = sidebar.flatMap((entry) => ('link' in entry ? [entry.link] : entry.items.map((i) => i.link)));
