// Parts of twitter-text that its published typings leave out.
import 'twitter-text';

declare module 'twitter-text' {
  /** The weighting configurations; `defaults` is X's current one. */
  export const configs: { defaults: ParseTweetOptions };
}
