/** Texts of authoring a course beyond its quiz: the points passing earns. */
export const zh = {
  'training.author.coursePoints': '通过可得贡献分',
  'training.refusal.coursePointsInvalid': '贡献分要是 0 或正整数。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'training.author.coursePoints': 'Points for passing',
  'training.refusal.coursePointsInvalid': 'Points must be 0 or a whole number above it.',
};
