// The descriptions kubectl explain prints, written for this sandbox (the API's own OpenAPI texts
// are not copied). Keyed by qualified Go type, then by json field name; '' is the type itself.
// A type or field without an entry prints as kubectl prints a schema without a description.

import { structOf, type FieldNode, type StructNode, type TypeNode } from '../../engine/admission/schema'
import { appsDescriptions } from './descriptions-apps'
import { clusterDescriptions } from './descriptions-cluster'
import { podDescriptions } from './descriptions-pod'

export type DescriptionTable = Record<string, Record<string, string>>

const descriptions: DescriptionTable = { ...appsDescriptions, ...podDescriptions, ...clusterDescriptions }

/** Structs other structs embed inline: their fields are described once, under their own type. */
const EMBEDDED = ['meta.TypeMeta', 'core.ProbeHandler', 'core.LocalObjectReference', 'core.VolumeSource', 'core.PersistentVolumeSource']

/**
 * The description of a type the OpenAPI document defines on its own (a struct, a Quantity, a
 * timestamp), or undefined: inline types such as strings and enums have none of their own.
 */
export function typeDescription(node: TypeNode): string | undefined {
  if (node.kind === 'struct') return descriptions[node.id]?.['']
  if (node.kind === 'quantity' || node.kind === 'intOrString' || node.kind === 'time' || node.kind === 'raw') {
    return descriptions[node.goType]?.['']
  }
  return undefined
}

/** The description of `field` of `owner`, looked up under the struct that declares it. */
export function fieldDescription(owner: StructNode, field: FieldNode): string | undefined {
  const own = descriptions[owner.id]?.[field.json]
  if (own !== undefined) return own
  const declaring = EMBEDDED.find((id) => structOf(id).byJson.get(field.json) === field)
  return declaring ? descriptions[declaring]?.[field.json] : undefined
}
