/** What the numbers were measured on: they mean little without it (this machine is often shared). */
import os from 'node:os';

export interface MachineInfo {
	os: string;
	cpus: { count: number; model: string };
	memoryGiB: number;
	node: string;
	chromium: string;
	date: string;
	/** 1-minute load average when the bench started and when it ended. */
	loadAverage: { start: number; end: number | null };
}

/** `loadStart`: the 1-minute load average taken when the bench started. */
export function machineInfo(chromium: string, loadStart: number): MachineInfo {
	const cpus = os.cpus();
	return {
		os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
		cpus: { count: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown' },
		memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
		node: process.version,
		chromium,
		date: new Date().toISOString(),
		loadAverage: { start: loadStart, end: loadAverageNow() },
	};
}

export const loadAverageNow = (): number => Math.round(os.loadavg()[0]! * 100) / 100;
