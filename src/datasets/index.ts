/**
 * Example maps shipped with argmap (`argmap/datasets`).
 *
 * @module argmap/datasets
 */
export { ukraineJapan, UKRAINE_JAPAN_SOURCE_ID } from "./ukraine-japan.js";
export { UKRAINE_JAPAN_ARTICLE } from "./ukraine-japan-article.js";
