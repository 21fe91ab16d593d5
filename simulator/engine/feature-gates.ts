// The feature gates a simulated cluster runs with, by their upstream names. Only gates whose
// setting changes what the simulator does can be set; every other gate keeps its v1.31 default
// (StatefulSetAutoDeletePVC and PodIndexLabel on, for instance).
// Mirrors the 1.31 defaults in kubernetes/kubernetes pkg/features/kube_features.go.

export interface FeatureGates {
  /**
   * Alpha since 1.24 and off by default in 1.31: honours
   * `spec.updateStrategy.rollingUpdate.maxUnavailable` of a StatefulSet (defaulted to 1, validated,
   * and used by the controller to update several pods at once). Off, the field is dropped on write.
   */
  readonly MaxUnavailableStatefulSet: boolean
}

export type FeatureGateName = keyof FeatureGates

/** A default v1.31 cluster's gates. */
export const DEFAULT_FEATURE_GATES: FeatureGates = Object.freeze({ MaxUnavailableStatefulSet: false })

/** The gates that can be set, in a stable order. */
export const FEATURE_GATE_NAMES: readonly FeatureGateName[] = Object.freeze(Object.keys(DEFAULT_FEATURE_GATES) as FeatureGateName[])

/** The cluster's gates: the v1.31 defaults with `overrides` applied (an undefined entry keeps its default). */
export function resolveFeatureGates(overrides: Partial<FeatureGates> = {}): FeatureGates {
  const gates: Record<string, boolean> = { ...DEFAULT_FEATURE_GATES }
  for (const name of FEATURE_GATE_NAMES) {
    const value = overrides[name]
    if (typeof value === 'boolean') gates[name] = value
  }
  return Object.freeze(gates as unknown as FeatureGates)
}
