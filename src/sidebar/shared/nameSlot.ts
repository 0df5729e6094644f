/**
 * Where a translated sentence puts people's names, so a screen can render them as PersonName links: translate
 * with `{ owner: NAME_SLOT }` and render the text with WithNames. A character no translation or name contains.
 */
export const NAME_SLOT = '\u0000';
