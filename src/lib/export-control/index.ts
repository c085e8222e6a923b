/** Public API of the export-control classifier: pure functions, no framework. */
export { classify, inputFromChip, tryClassify, ClassifierInputError } from './classify.ts';
export type { ChipInput, ChipRecordFigures, ClassificationResult, ClassifierInput, Verdict } from './classify.ts';
export {
	bitLengths,
	chipMetrics,
	defaultFlopPerBytePrecision,
	limits,
	metricInfo,
	metricsFromChip,
	performanceDensity,
	roundTo,
	totalProcessingPerformance,
} from './metrics.ts';
export type {
	ChipFigures,
	ChipMetrics,
	DensityFigure,
	DerivedFigure,
	DerivedMetrics,
	FlopPerByteFigure,
	MetricInputs,
	MetricName,
	Throughput,
	TppFigure,
	TppResult,
} from './metrics.ts';
export { rule2022, rule2023, rule2026, rules, ruleVersions } from './thresholds.ts';
export type { RuleKind, RuleVersion } from './thresholds.ts';
