// What the rule uses of libphonenumber-js, in a module of its own: imported dynamically (at run
// time only when a post has a phone-shaped run of digits), and small, because the bundler keeps
// only what is named here (the whole `core` entry is three times as big). `Metadata` is the
// library's reading of its numbering plans, used when the rule's data is compiled.
export { findPhoneNumbersInText, Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/core';
