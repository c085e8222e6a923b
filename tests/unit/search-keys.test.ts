/** The search dialog's keys: which open it, and where ↑/↓ move the focus. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { belongsInInput, nextFocus, pagefindBundlePath, shortcutAction, type KeyPress } from '../../src/lib/site/search-keys.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

test('Ctrl+K and ⌘K toggle the dialog, even while typing in a field', () => {
	assert.equal(shortcutAction(press('k', { ctrlKey: true }), false), 'toggle');
	assert.equal(shortcutAction(press('k', { metaKey: true }), true), 'toggle');
	assert.equal(shortcutAction(press('K', { ctrlKey: true, shiftKey: true }), false), 'toggle');
	assert.equal(shortcutAction(press('k', { ctrlKey: true, altKey: true }), false), null);
	assert.equal(shortcutAction(press('k'), false), null);
});

test('"/" opens the dialog, except in a field or with a modifier', () => {
	assert.equal(shortcutAction(press('/'), false), 'open');
	assert.equal(shortcutAction(press('/'), true), null);
	assert.equal(shortcutAction(press('/', { ctrlKey: true }), false), null);
	assert.equal(shortcutAction(press('/', { isComposing: true }), false), null);
});

test('↓ walks from the input through the results and stops at the last', () => {
	assert.equal(nextFocus(press('ArrowDown'), -1, 3), 0);
	assert.equal(nextFocus(press('ArrowDown'), 0, 3), 1);
	assert.equal(nextFocus(press('ArrowDown'), 2, 3), 2);
});

test('↑ walks back to the input; in the input it leaves the caret alone', () => {
	assert.equal(nextFocus(press('ArrowUp'), 2, 3), 1);
	assert.equal(nextFocus(press('ArrowUp'), 0, 3), -1);
	assert.equal(nextFocus(press('ArrowUp'), -1, 3), null);
});

test('no results, other keys or modifiers: the focus stays', () => {
	assert.equal(nextFocus(press('ArrowDown'), -1, 0), null);
	assert.equal(nextFocus(press('Enter'), 0, 3), null);
	assert.equal(nextFocus(press('ArrowDown', { shiftKey: true }), -1, 3), null);
	assert.equal(nextFocus(press('ArrowDown', { altKey: true }), -1, 3), null);
});

test('characters and Backspace typed on a result go back to the input', () => {
	assert.equal(belongsInInput(press('a')), true);
	assert.equal(belongsInInput(press('华')), true);
	assert.equal(belongsInInput(press('Backspace')), true);
	assert.equal(belongsInInput(press('Enter')), false);
	assert.equal(belongsInInput(press('Tab')), false);
	assert.equal(belongsInInput(press('c', { ctrlKey: true })), false);
});

test("Pagefind's bundle sits under the site's base, with one slash between", () => {
	assert.equal(pagefindBundlePath('/'), '/pagefind/');
	assert.equal(pagefindBundlePath('/h200-explainer/'), '/h200-explainer/pagefind/');
	assert.equal(pagefindBundlePath('/h200-explainer'), '/h200-explainer/pagefind/');
});
