/** When to declare and when not to: shown on the home screen and in the declare dialog. */
export interface DeclareGuidance {
  rule: string;
  declare: string[];
  doNotDeclare: string[];
}

/*
 * When to declare, as a default in our own words. The point of the rule is speed: incidents are far more
 * often declared too late than needlessly, so the guidance leans towards declaring.
 */
export const declareGuidance: DeclareGuidance = {
  rule:
    'When in doubt, declare. A declared incident that turns out to be nothing costs a few minutes; one nobody ' +
    'raised can cost hours. Anyone may declare, engineer or not, and whoever declares leads until they hand over.',
  declare: [
    'The product is unavailable for everyone, not just for you',
    'A core feature fails for all users (for example, nothing can be created or saved in the main workflow)',
    'An API that customers build on stops answering',
    'An alert marked critical fires: a full disk, processes killed for lack of memory, or data processing ' +
      'falling more than a few minutes behind',
  ],
  doNotDeclare: [
    'One report shows wrong numbers while the rest works (file a bug instead)',
    'Data processing runs a little behind, by less than a few minutes',
    'A single action fails for some users while a workaround exists',
    'Disruption you planned as part of scheduled maintenance (announce it instead)',
  ],
};
