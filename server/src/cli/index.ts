// The command line's public surface (bundled to dist/cli.js; bin/news-lens.js calls run()).
export { main, run } from './main';
export type { CliIO, Output } from './io';
export { version } from './io';
export type { Command } from './command';
export { toJson, csvField, csvRow, csvRows, CSV_HEADER, type AnnotationJson, type Format } from './contract';
export { ARTICLE_EXTENSIONS, walkArticles, loadArticle } from './files';

// In a --jobs worker thread, this same bundle answers analysis jobs.
import { serveIfWorker } from './runner';
serveIfWorker();
