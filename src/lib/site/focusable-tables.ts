/**
 * Starlight lets Markdown tables scroll sideways on narrow screens. A scrolling region must be
 * reachable by keyboard (WCAG 2.1.1; axe "scrollable-region-focusable"), so tables get tabindex=0.
 */
import { defineHastPlugin } from 'satteri';

export const focusableTables = defineHastPlugin({
	name: 'focusable-tables',
	element: {
		filter: ['table'],
		visit(node, ctx) {
			if (node.properties['tabIndex'] === undefined) ctx.setProperty(node, 'tabIndex', 0);
		},
	},
});
