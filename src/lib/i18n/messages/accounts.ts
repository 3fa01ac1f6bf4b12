/** Messages of the accounts area (components/accounts/, charts/accounts/ and its route). */

export const en = {};

export const ur: typeof en = {};
