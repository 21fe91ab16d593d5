// Every text utility the sandbox shell provides, by command name.

import { cat } from './cat'
import { echo, printf } from './echo'
import { cp, ls, mkdir, mv, pwd, rm, touch } from './files'
import { grep } from './grep'
import { head, tail } from './head-tail'
import { sed } from './sed'
import { bracket, test } from './test'
import { base64, cut, seq, sort, tee, tr, uniq } from './text'
import type { Builtin } from './types'
import { wc } from './wc'

export const builtins: Readonly<Record<string, Builtin>> = {
  echo, printf, cat, ls, pwd, mkdir, rm, touch, cp, mv, grep, sed, head, tail, wc, sort, uniq, cut, tr, tee, base64, seq,
  test, '[': bracket,
  true: () => 0,
  false: () => 1,
}
