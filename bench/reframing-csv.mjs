// The reframing data set's CSV as the benches read it: one entry per distinct thought, its trap
// names united over the thought's rows (as `refuge analyze --eval` scores it).
//   readThoughts(file) -> Map(thought -> Set of trap names, as the file writes them)
import { readFileSync } from 'node:fs';

// The twelve thinking traps as the data set names them, in the analyser's order.
export const TRAP_NAMES = ['all-or-nothing thinking', 'overgeneralizing', 'labeling',
  'fortune telling', 'mind reading', 'emotional reasoning', 'should statements', 'personalizing',
  'disqualifying the positive', 'catastrophizing', 'comparing and despairing', 'blaming'];
const TRAPS = new Set(TRAP_NAMES);

function parseCsv(text) {  // RFC 4180: quoted fields may hold commas, quotes and newlines
  const rows = [[]];
  let field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1).push(field); field = ''; rows.push([]);
    } else field += c;
  }
  if (field) rows.at(-1).push(field);
  return rows.filter((r) => r.length > 1);
}

export function readThoughts(file) {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0];
  const ti = header.indexOf('thought'), li = header.indexOf('thinking_traps_addressed');
  const thoughts = new Map();
  for (const r of rows.slice(1)) {
    const labels = thoughts.get(r[ti]) ?? new Set();
    for (const name of r[li].split(',').map((s) => s.trim())) {
      if (TRAPS.has(name)) labels.add(name);
    }
    thoughts.set(r[ti], labels);
  }
  return thoughts;
}

// Precision, recall and F1 of a yes/no decision against the truth, counted over pairs.
export function prf(pairs) {
  let tp = 0, fp = 0, fn = 0;
  for (const [predicted, truth] of pairs) {
    tp += predicted && truth; fp += predicted && !truth; fn += !predicted && truth;
  }
  const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
  const f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
  return { precision, recall, f1 };
}
