/**
 * Runs the data validator before Astro starts (dev, build, check). A bad record stops the
 * build here, with every problem listed, instead of surfacing later as a half-rendered page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatIssues, validateDataset } from './validate.ts';
import { AstroError } from 'astro/errors';

export function dataValidation(): AstroIntegration {
	return {
		name: 'h200-data-validation',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const root = fileURLToPath(config.root);
				const { dataset, issues } = validateDataset(fileURLToPath(new URL('content/data/', config.root)), root);
				if (issues.length) {
					throw new AstroError(
						`content/data has ${issues.length} problem(s):\n${formatIssues(issues)}`,
						'Each problem names its file, record and field, and the fix. `npm run validate-data` rechecks the records in a second.',
					);
				}
				const collections: Record<string, Map<string, unknown>> = { ...dataset };
				const counts = Object.entries(collections).map(([kind, records]) => `${records.size} ${kind}`);
				logger.info(`data valid: ${counts.join(', ')}`);
			},
		},
	};
}
