// twitter-text's files imported one by one (src/analysis/twitter.ts): its typings describe only the
// package's main file. Each is a CommonJS module whose export is the function or object itself.
declare module 'twitter-text/dist/configs.js' {
  const value: unknown;
  export default value;
}
declare module 'twitter-text/dist/extractCashtagsWithIndices.js' {
  const value: unknown;
  export default value;
}
declare module 'twitter-text/dist/extractEntitiesWithIndices.js' {
  const value: unknown;
  export default value;
}
declare module 'twitter-text/dist/extractHashtagsWithIndices.js' {
  const value: unknown;
  export default value;
}
declare module 'twitter-text/dist/parseTweet.js' {
  const value: unknown;
  export default value;
}
