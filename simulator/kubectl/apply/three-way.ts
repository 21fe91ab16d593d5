// Client-side apply's merge: fields in the new manifest overwrite the live object, fields that
// were in the last applied manifest and are gone from the new one are removed, and everything
// else on the live object (defaults, controller-written fields) stays.
// mirrors the effect of kubernetes/apimachinery pkg/util/strategicpatch CreateThreeWayMergePatch
// followed by StrategicMergePatch, with lists of containers, ports, env and volumes merged by
// their key (`name`, `containerPort`, `mountPath`) as their patchMergeKey says.

type Json = unknown
type Obj = Record<string, Json>

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** patchMergeKey of the lists apply merges element-wise instead of replacing. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  volumeClaimTemplates: 'name',
  imagePullSecrets: 'name',
  tolerations: '',
}

/** The live object after applying `modified` over `live`, given the last applied `original`. */
export function threeWayMerge(original: Json, modified: Json, live: Json, field = ''): Json {
  if (isObj(modified) && isObj(live)) {
    const result: Obj = { ...live }
    const previous = isObj(original) ? original : {}
    for (const key of Object.keys(previous)) if (!(key in modified)) delete result[key]
    for (const [key, value] of Object.entries(modified)) {
      result[key] = value === null ? undefined : threeWayMerge(previous[key], value, live[key], key)
      if (result[key] === undefined) delete result[key]
    }
    return result
  }
  if (Array.isArray(modified) && Array.isArray(live) && MERGE_KEYS[field]) return mergeList(original, modified, live, MERGE_KEYS[field])
  return modified
}

/** Merges lists element-wise by `key`, in the order of the new manifest. */
function mergeList(original: Json, modified: Json[], live: Json[], key: string): Json[] {
  const keyOf = (item: Json) => (isObj(item) ? String(item[key] ?? (key === 'containerPort' ? '' : '')) : JSON.stringify(item))
  const liveByKey = new Map(live.map((item) => [keyOf(item), item]))
  const originalByKey = new Map((Array.isArray(original) ? original : []).map((item) => [keyOf(item), item]))
  return modified.map((item) => threeWayMerge(originalByKey.get(keyOf(item)), item, liveByKey.get(keyOf(item)) ?? {}, ''))
}
