/**
 * "Cite this": a few lines on every page that wait for a reader to open the disclosure, then load
 * the module that fills in the accessed day and makes the copy buttons work.
 */
for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-cite]')) {
	details.addEventListener('toggle', () => {
		if (details.open) void import('./cite-this-open.ts').then(({ enhanceCitation }) => enhanceCitation(details));
	});
}
