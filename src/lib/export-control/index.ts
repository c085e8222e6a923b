/** Public API of the export-control classifier: pure functions, no framework. */
export { classify, inputFromChip, tryClassify, ClassifierInputError } from './classify.ts';
export type { ChipInput, ChipRecordFigures, ClassificationResult, ClassifierInput, Verdict } from './classify.ts';
export {
	bitLengths,
	limits,
	metricsFromChip,
	performanceDensity,
	totalProcessingPerformance,
} from './metrics.ts';
export type { ChipFigures, ChipMetrics, Throughput, TppResult } from './metrics.ts';
export { rule2022, rule2023, rule2026, rules, ruleVersions } from './thresholds.ts';
export type { RuleKind, RuleVersion } from './thresholds.ts';
