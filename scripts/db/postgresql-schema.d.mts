/** The SQLite schema rewritten for PostgreSQL. */
export function postgresqlSchema(text: string): string
