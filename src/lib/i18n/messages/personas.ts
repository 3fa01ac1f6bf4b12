/** Messages of the personas area (components/personas/, charts/personas/ and its route). */

export const en = {};

export const ur: typeof en = {};
