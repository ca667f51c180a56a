/**
 * Text that breaks naive storage and transport: right-to-left runs, combining marks, ZWJ emoji sequences,
 * astral characters, tabs and new lines, NUL and other control characters, and a very long line.
 */
export const oddTexts: readonly string[] = [
  'plain ASCII: checkout-api p99 above 2 s',
  'עברית: השרת לא מגיב — restarted pod 3',
  'العربية: الخادم لا يستجيب (٣ محاولات)',
  'combining: e\u0301 a\u0308 n\u0303 Z\u0336\u0335 and precomposed é ä ñ',
  'emoji: 🔥🚒 👩🏽‍💻 🏳️‍🌈 👨‍👩‍👧‍👦 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎',
  'control: tab\there, new\nline, NUL\u0000in the middle, bell\u0007, escape\u001b[31m',
  'zero width:\u200b\u200c\u200d\ufeff and bidi override \u202eevil\u202c',
  'CJK and Hangul: 支付接口超时 결제 시간 초과 決済タイムアウト',
  `long: ${'0123456789abcdef'.repeat(512)}`,
];
