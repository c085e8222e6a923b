// HTML validation of every built page (run by tests/dist/html.test.ts).
// Rules switched off below flag markup that is valid HTML and comes from Starlight itself,
// or is a deliberate choice here; the reason is given for each.
import { defineConfig } from 'html-validate';

export default defineConfig({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as <meta … />; both forms are valid HTML.
		'void-style': 'off',
		// Starlight's header buttons are outside any form, where the type has no effect.
		'no-implicit-button-type': 'off',
		// Starlight's sidebar and table-of-contents landmarks; landmark naming is checked by axe.
		'unique-landmark': 'off',
		// Inline styles: Starlight's theme script, and the reserved chart heights that prevent layout shift.
		'no-inline-style': 'off',
		// Starlight's "_top" skip target is a valid HTML id.
		'valid-id': ['error', { relaxed: true }],
		// "Sources & method" in <title>: an ampersand followed by a space is valid HTML.
		'no-raw-characters': ['error', { relaxed: true }],
		// A chart's page and embed take their <title> from the chart's title, which says what is compared
		// ("Chip-to-chip bandwidth of NVIDIA's China variants and their parents"); cut to 70 characters
		// it would stop saying it. The rule is a search-snippet heuristic, not validity: results truncate.
		'long-title': 'off',
	},
});
