// Executables shipped by the base layers the catalogued images build on. A name here is found on
// $PATH inside the container; anything else is "executable file not found".

/** BusyBox applets of the official busybox image (and of Alpine, whose /bin/sh is BusyBox ash). */
export const BUSYBOX_APPLETS: readonly string[] = [
  'sh', 'ash', 'busybox', 'echo', 'sleep', 'date', 'hostname', 'cat', 'ls', 'env', 'printenv', 'true',
  'false', 'tail', 'head', 'printf', 'pwd', 'whoami', 'id', 'ps', 'top', 'wget', 'nslookup', 'ping',
  'nc', 'vi', 'grep', 'sed', 'awk', 'mkdir', 'rm', 'cp', 'mv', 'touch', 'chmod', 'chown', 'df', 'du',
  'free', 'uptime', 'kill', 'killall', 'test', '[', 'expr', 'seq', 'tee', 'wc', 'sort', 'uniq', 'cut',
  'tr', 'xargs', 'find', 'mount', 'umount', 'ip', 'ifconfig', 'netstat', 'route', 'traceroute',
  'telnet', 'httpd', 'dd', 'gzip', 'gunzip', 'tar', 'yes', 'watch', 'timeout', 'usleep', 'basename',
  'dirname', 'readlink', 'stat', 'sync', 'which', 'uname', 'ln', 'less', 'more', 'hexdump', 'md5sum',
  'sha256sum', 'base64', 'nohup', 'time', 'stty', 'clear', 'reset',
]

/** Debian (bookworm/stretch) -slim userland: coreutils, dash/bash, no ps, ping, curl or wget. */
export const DEBIAN_SLIM: readonly string[] = [
  'sh', 'bash', 'dash', 'echo', 'sleep', 'date', 'hostname', 'cat', 'ls', 'env', 'printenv', 'true',
  'false', 'tail', 'head', 'printf', 'pwd', 'whoami', 'id', 'mkdir', 'rm', 'cp', 'mv', 'touch', 'chmod',
  'chown', 'grep', 'sed', 'awk', 'mawk', 'test', '[', 'expr', 'seq', 'tee', 'wc', 'sort', 'uniq', 'cut',
  'tr', 'xargs', 'find', 'df', 'du', 'kill', 'uname', 'timeout', 'dirname', 'basename', 'readlink',
  'stat', 'sync', 'mount', 'umount', 'gzip', 'gunzip', 'tar', 'which', 'ln', 'md5sum', 'sha256sum',
  'base64', 'nohup', 'yes', 'su', 'login', 'getent', 'mktemp', 'dd', 'more', 'stty', 'nproc',
]

/** Oracle Linux 7/9 -slim (the MySQL images): bash-based userland plus microdnf. */
export const ORACLE_SLIM: readonly string[] = [
  ...DEBIAN_SLIM.filter((b) => b !== 'dash' && b !== 'mawk'),
  'gawk', 'microdnf', 'rpm', 'openssl', 'gosu',
]
