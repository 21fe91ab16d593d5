// `npm run bench`: prints one figure a line as `name value unit`. Targets live in the issues;
// nothing here fails on a slow figure.
import { engineBenchmarks } from './engine.bench'
import { gradeBenchmarks } from './grade.bench'
import { kubectlBenchmarks } from './kubectl.bench'
import { simBenchmarks } from './sim.bench'
import { apiBenchmarks } from './api.bench'
import { uiBenchmarks } from './ui.bench'
import { workshopBenchmarks } from './workshop.bench'

// `npm run bench -- ui` (or engine, kubectl, sim, grade, api, workshop) runs one group.
async function main(only: string | undefined): Promise<void> {
  for (const [name, group] of [['engine', engineBenchmarks], ['kubectl', kubectlBenchmarks], ['sim', simBenchmarks], ['grade', gradeBenchmarks]] as const) {
    if (only && only !== name) continue
    for (const figure of group()) console.log(`${figure.name} ${figure.value} ${figure.unit}`)
  }
  if (!only || only === 'ui') {
    for (const figure of await uiBenchmarks()) console.log(`${figure.name} ${figure.value} ${figure.unit}`)
  }
  if (!only || only === 'api') {
    for (const figure of await apiBenchmarks()) console.log(`${figure.name} ${figure.value} ${figure.unit}`)
  }
  if (!only || only === 'workshop') {
    for (const figure of await workshopBenchmarks()) console.log(`${figure.name} ${figure.value} ${figure.unit}`)
  }
}

void main(process.argv[2])
