// The print domain as other domains see it.
export { misplacedPages } from './pdf-pages';
