/** Family 5 of `shared/DOMAIN.md`: personas. See README.md beside this file. */
export { adjustedRandIndex } from './adjusted-rand';
export {
	clusterCustomers,
	DEFAULT_K_RANGE,
	USER_K_RANGE,
	type ClusterOptions,
	type ClusterResult,
	type FeatureMatrix
} from './cluster-customers';
export {
	describePersonas,
	type DescribePersonasOptions,
	type PersonaCard,
	type PersonaMedians
} from './describe-personas';
export { runKMeans, type KMeansOptions, type KMeansResult } from './kmeans';
export { namePersonas, traitWord, type PersonaNameInput, type PersonaTrait } from './name-persona';
export {
	BEHAVIOUR_FEATURES,
	listPersonaFeatures,
	personaFeatures,
	type BehaviourFeature,
	type PersonaFeatureChoice,
	type PersonaFeatureMatrix,
	type PersonaFeatureOptions,
	type PersonaFeatureSource
} from './persona-features';
export {
	standInName,
	suggestApproach,
	writePersonaStory,
	type PersonaFacts
} from './persona-story';
export { createPrng, sampleIndices } from './prng';
export {
	silhouetteScore,
	silhouetteScores,
	SILHOUETTE_EXACT_LIMIT,
	type Labelling,
	type SilhouetteOptions
} from './silhouette';
export { separationOf, SILHOUETTE_BANDS, type PersonaSeparation } from './separation';
export { standardiseColumns, type StandardisedMatrix } from './standardise';
