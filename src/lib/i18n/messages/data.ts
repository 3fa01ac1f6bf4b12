/** Messages of the data area (components/data/, charts/data/ and its route). */

export const en = {};

export const ur: typeof en = {};
