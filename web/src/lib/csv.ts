// CSV as spreadsheets read it: RFC 4180 quoting, and cells that a spreadsheet would take for
// a formula are prefixed with an apostrophe. Cells holding either separator are quoted, so a
// spreadsheet that splits on ";" (French, German and Luxembourgish settings) never cuts one
// in two (a name like ";=1+1" would otherwise give a formula cell).
export type Cell = string | number | boolean | null | undefined;
export type Separator = "," | ";";

export function csvCell(value: Cell): string {
  if (value == null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][], separator: Separator = ","): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(separator)).join("\r\n") + "\r\n";
}

/** Saves `text` as a file; a CSV starts with a byte-order mark, without which Excel on
 * Windows reads UTF-8 as its own code page ("DÃ©veloppement"). */
export function download(filename: string, text: string, type = "text/csv;charset=utf-8"): void {
  const body = type.startsWith("text/csv") ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
