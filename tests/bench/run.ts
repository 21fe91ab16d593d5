// `npm run bench`: prints one figure a line as `name value unit`. Targets live in the issues;
// nothing here fails on a slow figure.
import { engineBenchmarks } from './engine.bench'

for (const figure of engineBenchmarks()) console.log(`${figure.name} ${figure.value} ${figure.unit}`)
