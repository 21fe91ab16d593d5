// The busybox images: `sh` as the default command (it exits at once without stdin, so a bare
// busybox Pod completes and then crash-loops under restartPolicy Always).
import { BUSYBOX_APPLETS } from './base-images'
import type { ImageRuntime, RepositoryDef } from './types'

/** busybox: no ENTRYPOINT, CMD ["sh"], every applet on $PATH, SIGTERM ignored by PID 1. */
export const busyboxRuntime: ImageRuntime = {
  entrypoint: [],
  cmd: ['sh'],
  binaries: [...BUSYBOX_APPLETS, '/bin/sh', '/bin/busybox'],
  shell: 'ash',
  programs: {},
  stopSignal: 'SIGTERM',
  facts: ['no bash', 'no curl (use wget)'],
}

/** docker.io/library/busybox. Sizes from real Pulled events; the 1.28 digest from real Image IDs. */
export const busyboxRepository: RepositoryDef = {
  names: ['docker.io/library/busybox'],
  tags: {
    '1.28.4': {
      version: '1.28.4',
      size: 727869,
      digest: 'sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47',
      runtime: busyboxRuntime,
    },
    '1.36.1': { version: '1.36.1', size: 2152262, runtime: busyboxRuntime }, // ~
    '1.37.0': { version: '1.37.0', size: 2167089, runtime: busyboxRuntime },
  },
  aliases: {
    '1.28': '1.28.4',
    '1.36': '1.36.1',
    '1.37': '1.37.0',
    '1': '1.37.0',
    stable: '1.37.0',
    latest: '1.37.0',
  },
}
