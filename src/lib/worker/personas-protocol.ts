/** Requests of the Personas view (family 5). Filled in with the personas views. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PersonasProtocol {}
