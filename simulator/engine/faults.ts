// Faults a lesson or a learner injects into the cluster's machines, outside the API: a node's
// container stopped (`docker stop kind-worker`, as with a real kind cluster) and started again.
// Controllers that run on or watch nodes (the kubelet, the node lifecycle controller) follow it.

export interface Faults {
  isNodeDown(node: string): boolean
  /** Stops (`down`) or starts a node's machine; listeners run synchronously. */
  setNodeDown(node: string, down: boolean): void
  onNodeChange(listener: (node: string, down: boolean) => void): () => void
}

export function createFaults(): Faults {
  const down = new Set<string>()
  const listeners = new Set<(node: string, down: boolean) => void>()
  return {
    isNodeDown: (node) => down.has(node),
    setNodeDown(node, isDown) {
      if (down.has(node) === isDown) return
      if (isDown) down.add(node)
      else down.delete(node)
      for (const listener of [...listeners]) listener(node, isDown)
    },
    onNodeChange(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
