/** The seeded generator the cross-validation deals folds with (mulberry32), for reproducible test data. */
export { random } from '../../src/confidence/crossval.js'
