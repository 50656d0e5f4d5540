import type { ReactNode } from 'react';

export interface DataTableProps {
  /** Names the table; its caption gets the id `${id}-caption`, which labels the scrolling region. */
  id: string;
  caption: string;
  /** Keeps the caption for screen readers only, where a heading above already says what the table is. */
  hideCaption?: boolean;
  /** The column headers' labels, in order. */
  columns: readonly string[];
  /** The body's rows. */
  children: ReactNode;
}

/**
 * A table with a caption and a row of column headers. On narrow screens it scrolls sideways inside
 * its own region, which is focusable (so it scrolls by keyboard) and named by the caption.
 */
export function DataTable({ id, caption, hideCaption = false, columns, children }: DataTableProps) {
  const captionId = `${id}-caption`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className={hideCaption ? 'table__caption visually-hidden' : 'table__caption'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((label, index) => (
              <th key={index} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
