/** Messages of the profit area (components/profit/, charts/profit/ and its route). */

export const en = {};

export const ur: typeof en = {};
