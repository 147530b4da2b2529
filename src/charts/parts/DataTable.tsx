import type { ReactElement } from 'react';
import { figureData } from './svg';
import type { TableSpec } from './table';

/** The figures of a chart as an HTML table: caption, column and row headers, source line in the footer. */
export function DataTable({ spec }: { spec: TableSpec }): ReactElement {
  return (
    <table className="chart-table">
      <caption>{spec.caption}</caption>
      <thead>
        <tr>
          {spec.head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => (
              <td key={i} className={cell.date ? 'chart-table-date' : undefined} {...figureData(cell.figure)}>
                {cell.text}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={spec.head.length}>{spec.foot}</td>
        </tr>
      </tfoot>
    </table>
  );
}
