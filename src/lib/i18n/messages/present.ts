/** Messages of the present area (components/present/, charts/present/ and its route). */

export const en = {};

export const ur: typeof en = {};
