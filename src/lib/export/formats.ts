/** The picture formats offered: PNG at a screen and a print width, and SVG. Kept apart from the export code, which loads on first use. */
export type PictureFormat = { kind: 'svg' } | { kind: 'png'; width: number };

/** PNG widths offered: screen and slides, and print. */
export const PNG_WIDTHS = [1200, 2400] as const;
