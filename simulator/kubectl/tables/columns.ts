// Column definitions as the API server's table convertor declares them (priority 1 = -o wide).

import type { TableColumnDefinition } from '../printers/table'

export function column(name: string, options: { type?: string; format?: string; priority?: number } = {}): TableColumnDefinition {
  return { name, type: options.type ?? 'string', format: options.format ?? '', description: '', priority: options.priority ?? 0 }
}

export const nameColumn = column('Name', { format: 'name' })
export const ageColumn = column('Age')
export const wide = (name: string, type?: string) => column(name, { priority: 1, type })

/** `value` or `<none>` when empty. */
export const orNone = (value: string | undefined | null): string => (value ? value : '<none>')
