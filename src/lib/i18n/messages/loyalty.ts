/** Messages of the loyalty area (components/loyalty/, charts/loyalty/ and its route). */

export const en = {};

export const ur: typeof en = {};
