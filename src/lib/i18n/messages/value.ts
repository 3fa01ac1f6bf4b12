/** Messages of the value area (components/value/, charts/value/ and its route). */

export const en = {};

export const ur: typeof en = {};
