/** Messages of the clv area (components/clv/, charts/clv/ and its route). */

export const en = {};

export const ur: typeof en = {};
