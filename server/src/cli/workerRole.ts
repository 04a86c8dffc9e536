// The workerData role under which the CLI bundle (dist/cli.js) answers analysis jobs in a pool thread.
export const ANNOTATE_ROLE = 'news-lens annotate';
