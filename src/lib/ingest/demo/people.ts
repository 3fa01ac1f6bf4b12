/**
 * Invented people for the demo's customers file: names, fake addresses on the reserved
 * `example.*` domains (RFC 2606), cities and occupations. Nobody here is real.
 */
import type { CustomerType } from './customer-types';
import type { Random } from './random';

const words = (text: string) => text.trim().split(/\s*\|\s*/);

const FEMALE_NAMES = words(`Sarah | Amira | Olivia | Emma | Sofia | Chloé | Priya | Hannah | Mia |
	Aisha | Grace | Isla | Zoë | Leila | Niamh | Ella | Mei | Freya | Lucy | Ruby | Ana | Maya | Nora |
	Iris | Alice`);
const MALE_NAMES = words(`Joe | Liam | Noah | Mateo | Ethan | Jonas | Daniel | Kofi | Lucas | Tom |
	Yusuf | Ben | Oscar | Ravi | Finn | Jack | Omar | Arjun | Felix | Leo | Adam | Theo | Hugo | Tariq |
	Marek`);
const NEUTRAL_NAMES = words('Sam | Kai | Alex | Robin | Jules | Charlie');
const LAST_NAMES = words(`Smith | Jones | Taylor | Brown | Williams | Wilson | Johnson | Davies |
	Patel | Robinson | Wright | Thompson | Evans | Walker | White | Roberts | Green | Hall | Wood |
	Jackson | Clarke | Khan | Lewis | Hughes | O'Brien | Murphy | Novak | Schmidt | García | Rossi |
	Nguyen | Kowalski | Mensah | Okafor | Lindqvist | Dubois | Moreau | Silva | Ahmed | Chen | Fischer |
	Kelly | Byrne | Campbell | Stewart | Morgan | Price | Bennett | Cooper | Ward`);
const CITIES = words(`London | Manchester | Birmingham | Leeds | Glasgow | Bristol | Edinburgh |
	Liverpool | Cardiff | Newcastle | Brighton | Norwich | Belfast | York`);
const CITY_WEIGHTS = [9, 4, 4, 3, 3, 3, 2.5, 2.5, 2, 2, 1.5, 1, 1.5, 1];
const OCCUPATIONS = words(`Teacher | Nurse | Software developer | Designer | Accountant |
	Shop assistant | Engineer | Chef | Self-employed | Civil servant | Doctor | Electrician |
	Marketing manager | Researcher | Driver | Social worker`);
const OCCUPATIONS_BY_TYPE: Partial<Record<CustomerType, string[]>> = {
	business: words(
		'Office manager | Purchasing manager | Café owner | Hotel manager | Facilities manager'
	),
	influencer: words('Content creator | Photographer | Stylist')
};
const DOMAINS = ['example.com', 'example.com', 'example.org', 'example.net'];

export interface Person {
	name: string;
	email: string;
	gender: string;
	city: string;
	occupation: string;
}

function asciiLocalPart(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

function drawOccupation(type: CustomerType, age: number, random: Random): string {
	const special = OCCUPATIONS_BY_TYPE[type];
	if (special) return random.pick(special);
	if (age >= 66 && random.chance(0.85)) return 'Retired';
	if (age <= 23 && random.chance(0.7)) return 'Student';
	return random.pick(OCCUPATIONS);
}

/** Draws people with unique e-mail addresses; one generator per demo. */
export function createPeople(random: Random): (type: CustomerType, age: number) => Person {
	const taken = new Set<string>();
	return (type, age) => {
		const draw = random.next();
		// A few customers never said: the column has empty values, as real exports do.
		const gender = draw < 0.51 ? 'female' : draw < 0.96 ? 'male' : draw < 0.98 ? 'non-binary' : '';
		const names =
			gender === 'female' ? FEMALE_NAMES : gender === 'male' ? MALE_NAMES : NEUTRAL_NAMES;
		const first = random.pick(names);
		const last = random.pick(LAST_NAMES);
		const domain = type === 'business' ? 'example.org' : random.pick(DOMAINS);
		const stem = `${asciiLocalPart(first)}.${asciiLocalPart(last)}`;
		let email = `${stem}@${domain}`;
		for (let n = 2; taken.has(email); n++) email = `${stem}${n}@${domain}`;
		taken.add(email);
		return {
			name: `${first} ${last}`,
			email,
			gender,
			city: CITIES[random.weighted(CITY_WEIGHTS)],
			occupation: drawOccupation(type, age, random)
		};
	};
}
