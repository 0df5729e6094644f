/** A chosen CSV file as rows of cells; papaparse is loaded only when someone imports. */
export async function readCsvCells(file: Blob): Promise<string[][]> {
  const [{ default: Papa }, text] = await Promise.all([import('papaparse'), file.text()]);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  return parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
}
