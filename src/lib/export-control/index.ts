/** Public API of the ECCN 3A090 classifier: pure functions, no framework. */
export { classify, tryClassify, ClassifierInputError } from './classify.ts';
export type { Classification, ClassifierInput } from './classify.ts';
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
export { rule2022, rule2023, rules, ruleVersions } from './thresholds.ts';
export type { RuleVersion } from './thresholds.ts';
