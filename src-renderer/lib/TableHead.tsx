import { Table } from '@mantine/core';

export interface HeadColumn {
  label: string;
  /** Figures are right-aligned, heading and cells alike. */
  numeric?: boolean;
}

/** A table's one heading row: column headers, the figures' ones right-aligned. */
export function TableHead({ columns }: { columns: HeadColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c, i) => (
          <Table.Th key={i} scope="col" ta={c.numeric ? 'right' : undefined}>
            {c.label}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
