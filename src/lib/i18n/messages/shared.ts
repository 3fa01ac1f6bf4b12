/** Messages of the shared area (components/shared/, charts/shared/ and its route). */

export const en = {};

export const ur: typeof en = {};
