// Manager reports (product spec §5): engagement, outcomes, completion bands and small-cell
// suppression, as pure functions the API's rollups and report endpoints share.
export * from './completion-band';
export * from './engagement';
export * from './outcomes';
export * from './suppression';
