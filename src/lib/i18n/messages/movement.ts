/** Messages of the movement area (components/movement/, charts/movement/ and its route). */

export const en = {};

export const ur: typeof en = {};
