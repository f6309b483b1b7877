/**
 * A regular expression built the first time it is used. Building one parses its pattern, which for
 * long patterns with Unicode classes (\p{L}) costs start-up time even in a run that never needs it
 * (a post without a digit has no address or date of birth to look for).
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
