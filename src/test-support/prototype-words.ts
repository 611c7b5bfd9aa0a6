/** Text that names what a plain object has from its prototype, where the lexicons look words up: no word of it may reach a value that is not the text's. */
export const PROTOTYPE_WORDS =
  'Response has a two argument constructor, and 3 toString calls, 12 valueOf hooks and 40 __proto__ keys were found on Monday, ' +
  'the constructor said. About 600 hasOwnProperty checks ran in constructor time; "It works," said the constructor.';
