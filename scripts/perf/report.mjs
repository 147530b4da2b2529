// Prints the one table of a run and decides the exit code.
import { formatTable } from '../budgets.mjs';

/**
 * @param {{ rows: import('../budgets.mjs').Row[], checks: import('../budgets.mjs').Check[], notes?: string[] }[]} results
 * @returns {{ table: string, failed: number, passed: number }}
 */
export function report(results) {
  const rows = results.flatMap((r) => r.rows);
  const checks = results.flatMap((r) => r.checks);
  const failed = checks.filter((c) => !c.pass && !c.advisory).length;
  const table = formatTable(rows);
  console.log(`\n${table}\n`);
  for (const note of results.flatMap((r) => r.notes ?? [])) console.log(note);
  for (const c of checks.filter((c) => !c.pass))
    console.log(`${c.advisory ? 'over budget, advisory (BUDGETS.advisory)' : 'over budget'}: ${c.label}`);
  // The plain closing line CI reads as a test count.
  console.log(`budgets: ${checks.length - failed} passed, ${failed} failed`);
  return { table, failed, passed: checks.length - failed };
}
