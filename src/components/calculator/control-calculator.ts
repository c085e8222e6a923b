/**
 * <control-calculator>: the interactive form. Reads the URL (?chip=… or ?tops=…&bits=…&die=…&io=…&bw=…&dc=…),
 * fills the form, and on every change re-evaluates with src/lib/calculator/form.ts (which asks the
 * classifier), shows a refused figure next to its field, and writes the state back to the URL.
 */
import {
	densityWorking,
	evaluate,
	queryFromState,
	sameValues,
	stateFromQuery,
	tppWorking,
	type CalculatorState,
	type Evaluation,
	type FieldName,
	type FormValues,
	type RuleOutcome,
} from '../../lib/calculator/form.ts';
import type { RuleVersion } from '../../lib/export-control/index.ts';
import { undecidedVerdict, verdictText } from '../../lib/export-control/wording.ts';

const fields: FieldName[] = ['tops', 'bits', 'die', 'io', 'bw'];

class ControlCalculator extends HTMLElement {
	#presets = new Map<string, FormValues>();
	#form!: HTMLElement;

	connectedCallback() {
		const form = this.querySelector<HTMLElement>('[data-form]');
		const json = this.querySelector('script[data-presets]')?.textContent;
		if (!form || !json) return;
		this.#form = form;
		this.#presets = new Map(Object.entries(JSON.parse(json) as Record<string, FormValues>));

		const fromUrl = stateFromQuery(location.search, this.#presets);
		const fallback = this.dataset['defaultChip'] ?? '';
		this.#fill(fromUrl ?? { chip: fallback, values: this.#presets.get(fallback) ?? this.#values() });

		this.#control('chip').addEventListener('change', () => {
			const chip = this.#control('chip').value;
			const preset = this.#presets.get(chip);
			if (preset) this.#fill({ chip, values: preset });
			this.#update(true);
		});
		form.addEventListener('input', (event) => {
			if ((event.target as HTMLElement).getAttribute('name') === 'chip') return;
			this.#update(true);
		});
		this.#update(false);
	}

	#control<T extends HTMLInputElement | HTMLSelectElement = HTMLSelectElement>(name: string): T {
		return this.#form.querySelector(`[name="${name}"]`) as T;
	}

	#values(): FormValues {
		return {
			tops: this.#control<HTMLInputElement>('tops').value,
			bits: this.#control('bits').value,
			die: this.#control<HTMLInputElement>('die').value,
			io: this.#control<HTMLInputElement>('io').value,
			bw: this.#control<HTMLInputElement>('bw').value,
			dc: this.#control<HTMLInputElement>('dc').checked,
		};
	}

	#fill(state: CalculatorState) {
		this.#control('chip').value = state.chip ?? '';
		this.#control<HTMLInputElement>('tops').value = state.values.tops;
		this.#control('bits').value = state.values.bits;
		// A bit length the select does not offer (from a hand-edited link) leaves it on "Choose".
		if (this.#control('bits').value !== state.values.bits) this.#control('bits').value = '';
		this.#control<HTMLInputElement>('die').value = state.values.die;
		this.#control<HTMLInputElement>('io').value = state.values.io;
		this.#control<HTMLInputElement>('bw').value = state.values.bw;
		this.#control<HTMLInputElement>('dc').checked = state.values.dc;
	}

	#update(writeUrl: boolean) {
		const values = this.#values();
		// Figures that no longer match the chosen record are the reader's own.
		const select = this.#control('chip');
		const preset = this.#presets.get(select.value);
		if (preset && !sameValues(preset, values)) select.value = '';
		const chip = select.value || null;

		const evaluation = evaluate(values);
		this.#showErrors(evaluation.kind === 'invalid' ? evaluation.errors : {});
		this.#render(evaluation, chip);
		if (writeUrl) {
			const query = queryFromState({ chip, values });
			history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
		}
	}

	#showErrors(errors: Partial<Record<FieldName, string>>) {
		for (const field of fields) {
			const control = this.#control<HTMLInputElement>(field);
			const box = this.querySelector<HTMLElement>(`[data-error-for="${field}"]`)!;
			const message = errors[field];
			box.textContent = message ?? '';
			box.hidden = !message;
			const hint = `calc-${field}-hint`;
			if (message) {
				control.setAttribute('aria-invalid', 'true');
				control.setAttribute('aria-describedby', `${box.id} ${hint}`);
			} else {
				control.removeAttribute('aria-invalid');
				control.setAttribute('aria-describedby', hint);
			}
		}
	}

	#render(evaluation: Evaluation, chip: string | null) {
		const output = this.querySelector<HTMLElement>('[data-output]')!;
		output.querySelectorAll<HTMLElement>('[data-show]').forEach((el) => (el.hidden = el.dataset['show'] !== evaluation.kind));
		const record = output.querySelector<HTMLElement>('[data-record]')!;
		const template = chip ? this.querySelector<HTMLTemplateElement>(`template[data-chip-record="${CSS.escape(chip)}"]`) : null;
		record.replaceChildren(...(template ? [template.content.cloneNode(true)] : []));
		if (evaluation.kind !== 'result') return;

		output.querySelector('[data-tpp]')!.textContent = tppWorking(evaluation.throughput, evaluation.bits, evaluation.tpp.tpp);
		output.querySelector('[data-density]')!.textContent =
			evaluation.density === null || evaluation.input.dieAreaMm2 === undefined
				? 'Not computed: no die area given'
				: densityWorking(evaluation.tpp.tpp, evaluation.input.dieAreaMm2, evaluation.density);

		for (const [rule, outcome] of Object.entries(evaluation.rules) as [RuleVersion, RuleOutcome][]) {
			const box = output.querySelector<HTMLElement>(`[data-rule="${rule}"]`)!;
			const verdict = box.querySelector('[data-verdict]')!;
			const reason = box.querySelector('[data-reason]')!;
			if (outcome.ok) {
				box.dataset['status'] = outcome.value.status;
				verdict.textContent = verdictText(outcome.value);
				reason.textContent = outcome.value.reason;
			} else {
				box.dataset['status'] = 'undecided';
				verdict.textContent = undecidedVerdict(rule);
				reason.textContent = outcome.undecided.message;
			}
		}
	}
}

if (!customElements.get('control-calculator')) customElements.define('control-calculator', ControlCalculator);
