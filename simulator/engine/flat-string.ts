// Strings built by `+` or template literals are ropes in V8: a tree of pieces that costs several
// times the text's size for as long as it is kept. The store keeps names, uids and messages for
// the life of an object, so the places that build them flatten them first.

/** `text`, flattened in place (reading a character makes V8 flatten a rope); returns it. */
export function flat(text: string): string {
  if (text.length > 0) text.charCodeAt(text.length - 1)
  return text
}
