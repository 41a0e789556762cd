/**
 * The plan report (the article's strategic plan and timeline): the model
 * (`buildPlanReport`) and its sheet layout (`layoutPlanReport`), both pure.
 */
export * from './model';
export * from './layout';
export * from './text-width';
