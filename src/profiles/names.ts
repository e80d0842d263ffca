// The profile names alone, so the config schema can list them without importing the profiles
// (which take their Limits type from the schema).
export const PROFILE_NAMES = ['dockerhub', 'ecr', 'gar', 'acr', 'harbor', 'artifactory'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];
