// A PDF laid out as Skia writes one (classic xref table), for the readers of named destinations.

/** A PDF of `objects` (number → dictionary text) with its xref table, as Skia lays one out. */
export function pdf(objects: Record<number, string>, root: number): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: Record<number, number> = {};
  for (const [n, body] of Object.entries(objects)) {
    offsets[Number(n)] = out.length;
    out += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const size = Math.max(...Object.keys(objects).map(Number)) + 1;
  const xref = out.length;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++)
    out +=
      offsets[n] === undefined
        ? '0000000000 65535 f \n'
        : `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${size}\n/Root ${root} 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

/** A book of `pages` pages whose named destinations fall on the pages given. */
export function bookPdf(pages: number, destinations: Record<string, number>): Uint8Array {
  const objects: Record<number, string> = { 1: '<</Type /Catalog\n/Pages 2 0 R\n/Dests 3 0 R>>' };
  const kids = Array.from({ length: pages }, (_, i) => `${10 + i} 0 R`).join(' ');
  objects[2] = `<</Type /Pages\n/Count ${pages}\n/Kids [${kids}]>>`;
  objects[3] = `<<${Object.entries(destinations)
    .map(([name, page]) => `/${name} [${9 + page} 0 R /XYZ 0 595 0]`)
    .join('\n')}>>`;
  for (let i = 0; i < pages; i++) objects[10 + i] = '<</Type /Page\n/MediaBox [0 0 841 595]\n/Parent 2 0 R>>';
  return pdf(objects, 1);
}
