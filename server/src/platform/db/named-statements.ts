// PostgreSQL parses and plans every unnamed statement anew: 0.2–3 ms of planning for the
// work lists' unions of index ranges (measured with EXPLAIN ANALYZE), more than their
// execution. A named statement is parsed once per connection, and after five runs
// PostgreSQL may keep a generic plan for it. Only the texts of prepared queries are named:
// they come from a finite set of shapes, so each connection prepares a bounded number.

const names = new Map<string, string>();

/** Marks a SQL text as one to prepare once per PostgreSQL connection. */
export function nameStatement(sql: string): void {
  if (!names.has(sql)) names.set(sql, `ow_${names.size + 1}`);
}

/** The statement name a marked text runs under, the same in every connection of this process. */
export function statementName(sql: string): string | undefined {
  return names.get(sql);
}
