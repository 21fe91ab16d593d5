// kubectl figures from the kubectl issue: printing 100 pods wide, applying the tutorial's
// StatefulSet, and the whole StatefulSet Basics tutorial as one script (the golden transcripts).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCluster } from '@/simulator/index'
import { medianMs, round, type Figure } from './measure'

const golden = join(__dirname, '..', 'golden', 'kubectl')
const webYaml = readFileSync(join(golden, 'files', 'web.yaml'), 'utf8')

/** The basics tutorial scripts, run one after the other in one fresh cluster each. */
function tutorial(): void {
  for (const name of readdirSync(golden).filter((f) => f.startsWith('basics-') && f.endsWith('.sh')).sort()) {
    const script = readFileSync(join(golden, name), 'utf8')
    const files = { 'web.yaml': webYaml, 'web-parallel.yaml': readFileSync(join(golden, 'files', 'web-parallel.yaml'), 'utf8') }
    createCluster({ seed: 1, files }).runScript(script)
  }
}

export function kubectlBenchmarks(): Figure[] {
  const hundred = createCluster({ seed: 1, files: { 'web.yaml': webYaml } })
  hundred.run('kubectl apply -f web.yaml && kubectl scale sts web --replicas=100 && kubectl patch sts web -p \'{"spec":{"podManagementPolicy":"Parallel"}}\'')
  hundred.run('sleep 300')
  const fresh = Array.from({ length: 70 }, () => createCluster({ seed: 1, files: { 'web.yaml': webYaml } }))
  return [
    { name: 'kubectl.get_pods_wide_100', value: round(medianMs(() => hundred.run('kubectl get pods -o wide'), 50, 5), 2), unit: 'ms' },
    {
      name: 'kubectl.apply_statefulset',
      value: round(medianMs(() => fresh.pop()!.run('kubectl apply -f web.yaml'), 50, 20), 2),
      unit: 'ms',
    },
    { name: 'sim.tutorial_script', value: round(medianMs(tutorial, 5, 1), 1), unit: 'ms' },
  ]
}
