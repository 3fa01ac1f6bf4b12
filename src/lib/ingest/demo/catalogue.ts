/**
 * The demo shop's catalogue: ten categories of a gift-and-home shop, twelve products each, with
 * list prices and the share of the price that is cost of goods. Some names carry commas, quotes
 * and apostrophes on purpose: the CSV must quote them.
 */

export interface Category {
	name: string;
	/** Cost of goods as a share of the list price. */
	costShare: number;
	/** How likely a shopper is to favour this category. */
	popularity: number;
	/** [product name, list price]; the first products sell best. */
	products: [string, number][];
}

export const CATEGORIES: Category[] = [
	{
		name: 'Coffee & Tea',
		costShare: 0.55,
		popularity: 1.4,
		products: [
			['House Blend Coffee Beans, 1 kg', 24.9],
			['Espresso Roast Beans, 500 g', 14.5],
			['Earl Grey Loose Leaf Tea, 200 g', 9.5],
			['Green Tea "Sencha", 100 g', 11],
			['Decaf Colombia, ground, 250 g', 8.9],
			['Chai Spice Blend', 7.8],
			['Pour-Over Filter Papers (100)', 4.5],
			['Hot Chocolate Flakes', 8.4],
			['Milk Frother', 18.9],
			['Ceramic Pour-Over Dripper', 22],
			['Cold Brew Bottle, 1 l', 27.5],
			['Tea Sampler "Around the World", 12 tins', 34]
		]
	},
	{
		name: 'Kitchen',
		costShare: 0.5,
		popularity: 1,
		products: [
			['Mug "Morning Person", 350 ml', 11.5],
			['Linen Tea Towel "Best Cook"', 9.9],
			['Silicone Spatula Set', 12.4],
			['Bamboo Chopping Board', 19.5],
			['Spice Jar Set (6)', 21.5],
			['Measuring Cups, stainless', 14.9],
			['Glass Storage Jars, set of 3', 24],
			['Stoneware Mixing Bowl, 3 l', 28],
			["Chef's Knife, 20 cm", 59],
			['Cast Iron Skillet, 26 cm', 44.9],
			['Pasta Maker', 64],
			['Enamel Casserole Dish', 79]
		]
	},
	{
		name: 'Home Decor',
		costShare: 0.42,
		popularity: 1.1,
		products: [
			['Scented Candle "Fig & Cedar"', 18.5],
			['Fairy Lights, 10 m', 14],
			['Reed Diffuser "Sea Salt"', 16],
			['Linen Cushion Cover, 45 cm', 22],
			['Picture Frame, oak, A4', 19.9],
			['Doormat "Hello, Goodbye"', 24.5],
			['Woven Basket, large', 29.5],
			['Ceramic Vase, tall', 34],
			['Wall Clock "Station", 30 cm', 42],
			['Wool Throw, 130 × 170 cm', 69],
			['Mirror, round, 50 cm', 75],
			['Table Lamp, brass', 89]
		]
	},
	{
		name: 'Garden',
		costShare: 0.5,
		popularity: 0.8,
		products: [
			['Seed Collection "Kitchen Herbs"', 7.5],
			['Peat-Free Compost, 40 l', 8.9],
			['Gardening Gloves, size M', 9.9],
			['Terracotta Pot, 30 cm', 16.9],
			['Kneeling Pad', 11.5],
			['Bird Feeder, hanging', 18.5],
			['Watering Can, 5 l', 21],
			['Pruning Shears', 26],
			['Solar Path Lights (4)', 32],
			['Hose Reel, 20 m', 39.9],
			['Compost Bin, 300 l', 49],
			['Raised Bed Kit', 79]
		]
	},
	{
		name: 'Stationery',
		costShare: 0.4,
		popularity: 0.8,
		products: [
			['Notebook, A5, dotted', 9.5],
			['Ink Cartridges (10)', 4.2],
			['Sticky Notes "To Do", 6 pads', 5.9],
			['Washi Tape, set of 5', 6.8],
			['Pencil Case, canvas', 8.5],
			['Sketchbook, A4', 10.9],
			['Letter Paper & Envelopes', 11],
			['Greeting Card Set (10)', 12],
			['Brush Pens, 12 colours', 14.5],
			['Planner 2026', 16.9],
			['Fountain Pen', 24],
			['Desk Organiser, oak', 27]
		]
	},
	{
		name: 'Toys & Games',
		costShare: 0.52,
		popularity: 0.7,
		products: [
			['Card Game "Sushi Party"', 14.5],
			['Puzzle "Harbour at Dusk", 1000 pieces', 19.9],
			['Plush Fox', 17.5],
			['Colouring Book "Oceans"', 6.5],
			['Bath Toys (5)', 9.9],
			['Kite, rainbow', 16],
			['Science Kit "Volcano"', 22],
			['Chess Set, folding', 27.5],
			['Building Blocks (100)', 29],
			['Marble Run', 34.5],
			['Wooden Train Set', 39],
			['Board Game "Settlers", family edition', 42]
		]
	},
	{
		name: 'Beauty',
		costShare: 0.35,
		popularity: 0.9,
		products: [
			['Hand Cream "Lavender", 75 ml', 8.5],
			['Lip Balm Trio', 6.9],
			['Solid Shampoo Bar', 9.9],
			['Bamboo Toothbrush (4)', 7],
			['Konjac Sponge', 5.5],
			['Bath Salts "Eucalyptus", 500 g', 12.5],
			['Shea Body Butter', 14.9],
			['Beard Oil, 30 ml', 15.5],
			['Nail Care Kit', 19.9],
			['Face Serum, vitamin C', 26],
			['Gift Box "Spa Evening"', 34],
			['Perfume "Night Garden", 50 ml', 45]
		]
	},
	{
		name: 'Books',
		costShare: 0.65,
		popularity: 0.8,
		products: [
			['Crime Novel "Low Tide"', 10.99],
			['Novel "The Lighthouse Keeper"', 12.99],
			['Puzzle Book, vol. 3', 8.99],
			['Children\'s Book "Moon Bear"', 9.99],
			['Poetry Collection', 11.5],
			['Travel Guide "Lakes & Fells"', 16.99],
			['Field Guide to Birds', 18.5],
			['Gardening Year, 2nd edition', 21],
			['Cookbook "Small Plates"', 24],
			['Journal "Ideas", hardback', 13],
			['Atlas of Islands', 28],
			['Coffee Table Book "Harbours"', 35]
		]
	},
	{
		name: 'Pet Supplies',
		costShare: 0.58,
		popularity: 0.9,
		products: [
			['Cat Food Pouches (24)', 18.9],
			['Cat Litter, 10 l', 9.9],
			['Dog Treats "Training", 500 g', 10.5],
			['Dry Dog Food, 12 kg', 46],
			['Chew Toys (3)', 11.5],
			['Bird Seed Mix, 2 kg', 7.5],
			['Pet Shampoo', 8.9],
			['Fish Flakes, 100 g', 6.2],
			['Dog Lead, leather', 24.5],
			['Cat Scratching Post', 32],
			['Pet Carrier', 44],
			['Dog Bed, large', 59]
		]
	},
	{
		name: 'Gifts & Cards',
		costShare: 0.38,
		popularity: 0.7,
		products: [
			['Birthday Card "Another Lap"', 3.5],
			['Gift Wrap, 3 rolls', 8.5],
			['Gift Bag, large', 4.5],
			['Ribbon Set', 6],
			['Valentine Card "Still You"', 3.9],
			['Personalised Mug', 15.5],
			['Christmas Bauble Set (6)', 16.5],
			['Advent Calendar "Chocolate"', 14],
			['Keepsake Box', 19],
			['Gift Card 25', 25],
			['Photo Album, linen', 29],
			['Gift Card 50', 50]
		]
	}
];

/** Category indexes by name, for customer types that favour particular categories. */
export function categoryIndexes(...names: string[]): number[] {
	return names.map((name) => {
		const index = CATEGORIES.findIndex((category) => category.name === name);
		if (index < 0) throw new Error(`Unknown demo category “${name}”.`);
		return index;
	});
}
