/**
 * A left-to-right fragment inside an Urdu sentence (a size, a quoted id or prefix, a file name),
 * isolated (LRI … PDI, as `<bdi>` does) so its quotes and units keep their places.
 */
export const ltr = (text: string) => `\u2066${text}\u2069`;
