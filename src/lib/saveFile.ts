/** Hands a file to the browser's download (the table's CSV, the picture, an import's problems). */
export function saveFile(blob: Blob, name: string) {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
