/**
 * An orders file whose customers form no groups: 300 customers, each with 2–9 orders on random days
 * over two years, a typical basket whose total does not follow the number of orders, a discount
 * habit and a category loyalty drawn independently. Personas over it separate weakly (mean
 * silhouette ≤ 0.25 for every k of 2–8: `weak-personas.test.ts`); the browser journey imports it to
 * see the warning. Deterministic (mulberry32, written out here so the file never changes with the
 * engine's generator).
 */

function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const CATEGORIES = ['Books', 'Garden', 'Kitchen', 'Toys', 'Tools'];
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 730;

/** The CSV text (order_id, customer_id, order_date, amount, discount, category). */
export function weakPersonasCsv(customers = 300, seed = 7): string {
	const random = mulberry32(seed);
	const lines = ['order_id,customer_id,order_date,amount,discount,category'];
	for (let c = 0; c < customers; c++) {
		const orders = 2 + Math.floor(random() * 8);
		const basket = 20 + random() * 180;
		const discountChance = random();
		const loyalty = random();
		const favourite = Math.floor(random() * CATEGORIES.length);
		const customer = `C${String(c).padStart(4, '0')}`;
		for (let o = 0; o < orders; o++) {
			const day = Math.floor(random() * DAYS);
			const date = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
			const amount = (((basket * 4) / orders) * (0.5 + random())).toFixed(2);
			const discount = random() < discountChance ? '10%' : '';
			const category =
				random() < loyalty
					? CATEGORIES[favourite]
					: CATEGORIES[Math.floor(random() * CATEGORIES.length)];
			lines.push(`W${c}-${o},${customer},${date},${amount},${discount},${category}`);
		}
	}
	return `${lines.join('\n')}\n`;
}
