/**
 * The catalogues bundled in `resources/` that the services read, imported in one place so that no service climbs
 * out of its folder with ../../.. to reach them.
 */
export { default as catalogueV1 } from '../../resources/frameworks/competence-catalogue.v1.json';
export { default as situationV1 } from '../../resources/frameworks/situation-assessment.v1.json';
export { default as activityTypesV1 } from '../../resources/catalogues/activity-types.v1.json';
