// `npm run bench`: prints one figure a line as `name value unit`. Targets live in the issues;
// nothing here fails on a slow figure.
import { engineBenchmarks } from './engine.bench'
import { kubectlBenchmarks } from './kubectl.bench'
import { simBenchmarks } from './sim.bench'

for (const group of [engineBenchmarks, kubectlBenchmarks, simBenchmarks]) {
  for (const figure of group()) console.log(`${figure.name} ${figure.value} ${figure.unit}`)
}
