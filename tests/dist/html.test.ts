/**
 * Every built page is valid HTML, by html-validate with the rules of .htmlvalidate.mjs (each rule
 * switched off there says why). A failure names the file, line, column and rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { builtHtmlFiles } from '../../tools/dist-html.ts';
import { distDir } from '../../tools/site.ts';
import htmlValidateConfig from '../../.htmlvalidate.mjs';

const files = builtHtmlFiles(distDir);

test('every built page is valid HTML (html-validate, .htmlvalidate.mjs)', async () => {
	assert.ok(files.length >= 30, `found ${files.length} pages in ${distDir}/`);
	const validator = new HtmlValidate(htmlValidateConfig);
	const problems: string[] = [];
	for (const file of files) {
		const report = await validator.validateFile(file);
		for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	assert.deepEqual(problems, [], `${problems.length} HTML problems; fix the markup, or switch a rule off in .htmlvalidate.mjs with the reason`);
});
