/** The demo business: the one entry point the worker and the CLI use. */
export { generateDemoBusiness, CUSTOMERS_HEADER, ORDERS_HEADER } from './generate-demo-business';
export type { DemoBusiness, DemoBusinessOptions } from './generate-demo-business';
