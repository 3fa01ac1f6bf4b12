/** Messages of method links, saved methods and project files (components/method/). */

export const en = {};

export const ur: typeof en = {};
