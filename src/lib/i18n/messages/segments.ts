/** Messages of the segments area (components/segments/, charts/segments/ and its route). */

export const en = {};

export const ur: typeof en = {};
