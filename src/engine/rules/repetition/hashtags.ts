/**
 * Hashtags (5(2), repetition/hashtags and repetition/same-hashtag): how a hashtag is read (HASHTAG, only a # or ＃ typed as such:
 * TYPED_HASH), the same hashtag said SAME_HASHTAG times or more, and how far the hashtags over the limit are marked together
 * (MAX_HASHTAG_SPAN). Stays clean: circled list numbers (①サンダル ②長ぐつ, ⑴, ❶), which the norm view writes as #, and a post within its
 * site's hashtag limit (policy.repetition.maxHashtags, maxHashtagsInstagram). Part of the repetition family (index.ts reads the tags in
 * `run` and judges them in `post`).
 */

export const HASHTAG = /[#＃][^\s#＃、。,.!?！？「」()（）]{1,100}/gu
/** The character a hashtag starts with in the text as typed (the norm view also writes circled numbers ①②③ as #). */
export const TYPED_HASH = /^[#＃]$/u
/** The same hashtag this many times is a repeat. */
export const SAME_HASHTAG = 3
/** The hashtags over the limit are marked together up to this many characters. */
export const MAX_HASHTAG_SPAN = 200
