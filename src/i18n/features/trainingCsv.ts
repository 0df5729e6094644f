/**
 * Why a CSV line was refused, without a number of its own: the line's number is said once, before the reason
 * (a question's number in the editor is not the line's number in the file).
 */
export const zh = {
  'training.csvReason.promptRequired': '缺少题干。',
  'training.csvReason.tooFewOptions': '至少需要两个选项（最多十个）。',
  'training.csvReason.emptyOption': '有空选项。',
  'training.csvReason.duplicateOption': '有重复的选项。',
  'training.csvReason.correctOutOfRange': '正确答案不在选项中。',
  'training.csvReason.singleNeedsOneCorrect': '单选或判断题只能有一个正确选项。',
  'training.csvReason.multipleNeedsCorrect': '多选题至少要有一个正确选项。',
  'training.csvReason.trueFalseTwoOptions': '判断题只能有「对」「错」两个选项。',
  'training.csvReason.pointsInvalid': '分值要大于 0。',
  'training.csvReason.typeUnknown': '题型不是单选、多选或判断。',
  'training.csvReason.answerUnreadable': '答案看不懂，请写 A、A,C 或 1、1,3。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'training.csvReason.promptRequired': 'no prompt.',
  'training.csvReason.tooFewOptions': 'needs two to ten options.',
  'training.csvReason.emptyOption': 'an option is empty.',
  'training.csvReason.duplicateOption': 'an option is repeated.',
  'training.csvReason.correctOutOfRange': 'the answer names an option that does not exist.',
  'training.csvReason.singleNeedsOneCorrect': 'single choice or true/false: exactly one option is correct.',
  'training.csvReason.multipleNeedsCorrect': 'multiple choice: mark at least one correct option.',
  'training.csvReason.trueFalseTwoOptions': 'true/false: exactly two options.',
  'training.csvReason.pointsInvalid': 'points must be above 0.',
  'training.csvReason.typeUnknown': 'the type is not single, multiple or true/false.',
  'training.csvReason.answerUnreadable': 'write the answer as A, A,C or 1, 1,3.',
};
