// The image model the kubelet uses: parse references, pull, plan what a container does, and ask
// what it serves and has logged. Everything here is pure; randomness comes from the caller's rand.
export { parseImageReference, type ImageReference, type InvalidImageName } from './reference'
export { lookupImage, profileFor, type ImageProfile, type CatalogueLookup } from './profiles'
export { pullImage, pullError, pulledMessage, pullFailedMessage, type PullOutcome, type PullContext } from './pull'
export { planContainer, containerArgv, hasBinary, startError } from './plan'
export { portsListening, httpRequest, runProbe, type ProbeCheck, type ProbeOutcome } from './serving'
export { containerLog, type LogEntry } from './container-log'
export { formatGoDuration } from './go-duration'
export type { ContainerPlan, ContainerSpec, PlanContext, PlanStep, TermBehaviour, StartFailure } from './types'
