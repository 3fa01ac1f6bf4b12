/**
 * Requests of the Segments view (families 2, 3, 4 and 9): RFM scores, rule segments, patterns,
 * tags, playbook, exports. Filled in with the segments views.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SegmentsProtocol {}
