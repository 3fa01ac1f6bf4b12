/**
 * `npm run sieve -- personas FILE [--k K] [--seed N] [--include a,b] [--attributes FILE]
 * [--analysis-date YYYY-MM-DD] [--json]`: k-means personas (DOMAIN.md family 5) with their cards.
 */
import { buildCustomerTable } from '../../lib/engine/customers/customer-table';
import { parseIsoDay } from '../../lib/engine/tables/orders-table';
import {
	clusterCustomers,
	describePersonas,
	listPersonaFeatures,
	personaFeatures
} from '../../lib/engine/personas';
import { loadAttributesFile, loadOrdersFile } from '../load';

const usage =
	'usage: npm run sieve -- personas FILE [--k K] [--seed N] [--include key,key…] ' +
	'[--attributes FILE] [--analysis-date YYYY-MM-DD] [--json]';

interface PersonasArgs {
	file: string;
	k?: number;
	seed: number;
	include?: string[];
	attributes?: string;
	analysisDay?: number;
	json: boolean;
}

/** Parses the command line; returns an error message for a bad one. */
function parseArgs(args: string[]): PersonasArgs | string {
	const parsed: Partial<PersonasArgs> = { seed: 1, json: false };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const value = () => {
			const next = args[++i];
			if (next === undefined) throw new Error(`${arg} needs a value`);
			return next;
		};
		try {
			if (arg === '--json') parsed.json = true;
			else if (arg === '--k') parsed.k = Number(value());
			else if (arg === '--seed') parsed.seed = Number(value());
			else if (arg === '--include') parsed.include = value().split(',').filter(Boolean);
			else if (arg === '--attributes') parsed.attributes = value();
			else if (arg === '--analysis-date') {
				const text = value();
				parsed.analysisDay = parseIsoDay(text);
				if (Number.isNaN(parsed.analysisDay))
					return `--analysis-date: not a YYYY-MM-DD date: ${text}`;
			} else if (arg.startsWith('--')) return `unknown option ${arg}`;
			else if (parsed.file === undefined) parsed.file = arg;
			else return `unexpected argument ${arg}`;
		} catch (error) {
			return (error as Error).message;
		}
	}
	if (parsed.file === undefined) return 'FILE is required';
	if (parsed.k !== undefined && !(Number.isInteger(parsed.k) && parsed.k >= 2 && parsed.k <= 20)) {
		return `--k must be a whole number from 2 to 20, got ${parsed.k}`;
	}
	if (!Number.isInteger(parsed.seed)) return `--seed must be a whole number, got ${parsed.seed}`;
	return parsed as PersonasArgs;
}

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`sieve personas: ${parsed}\n${usage}`);
		return 2;
	}
	const { table: orders } = await loadOrdersFile(parsed.file);
	const attributes = parsed.attributes ? (await loadAttributesFile(parsed.attributes)).table : null;
	const customers = buildCustomerTable(orders, { analysisDay: parsed.analysisDay }, attributes);
	if (customers.count < 2) {
		console.error(
			`sieve personas: ${customers.count} customer(s) with an order; personas need at least 2`
		);
		return 1;
	}
	const features = personaFeatures(customers, { include: parsed.include });
	const clusters = clusterCustomers(features, { k: parsed.k, seed: parsed.seed });
	const cards = describePersonas(customers, clusters.assignments, clusters.k, {
		features,
		categoryNames: orders.category?.values ?? null,
		channelNames: orders.channel?.values ?? null
	});

	if (parsed.json) {
		const result = {
			customers: customers.count,
			valueBasis: customers.valueBasis,
			features: features.names,
			availableFeatures: listPersonaFeatures(customers),
			seed: parsed.seed,
			kChosenBy: parsed.k === undefined ? 'silhouette' : 'user',
			k: clusters.k,
			silhouette: clusters.silhouette,
			silhouetteSampled: clusters.silhouetteSampled,
			silhouetteByK: clusters.silhouetteByK,
			personas: cards
		};
		console.log(JSON.stringify(result, null, 2));
		return 0;
	}

	const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
	const how = parsed.k === undefined ? 'chosen by silhouette over 2–8' : 'set with --k';
	const sampled = clusters.silhouetteSampled ? ', estimated on a 3,000-customer sample' : '';
	const lines = [
		`customers  ${customers.count.toLocaleString('en')}`,
		`features   ${features.names.join(', ')}`,
		`k          ${clusters.k} (${how})`,
		`silhouette ${clusters.silhouette.toFixed(4)}${sampled}`,
		`by k       ${clusters.silhouetteByK.map((s) => `${s.k}: ${s.silhouette.toFixed(3)}`).join('  ')}`,
		'',
		`  #  customers   share  ${customers.valueBasis} share  name`
	];
	for (const card of cards) {
		lines.push(
			`${String(card.index + 1).padStart(3)}  ${card.customers.toLocaleString('en').padStart(9)}  ` +
				`${percent(card.customerShare).padStart(6)}  ${percent(card.valueShare).padStart(13)}  ${card.name}`
		);
	}
	for (const card of cards) {
		lines.push(
			'',
			`${card.index + 1}. ${card.name}`,
			`   ${card.story}`,
			`   Approach: ${card.approach}`
		);
	}
	console.log(lines.join('\n'));
	return 0;
}
