/** The chart images' sizes, in CSS pixels and device pixels per CSS pixel (drawn by image.ts). */
export const imageSizes = {
	download: { width: 1200, scale: 2 },
	preview: { width: 1200, height: 630 },
	thumbnail: { width: 480, height: 252 },
} as const;
