// The one index of every rule. A rule not listed here does not run; the rule-index test fails
// when a listed rule lacks its test file or docs.
import type { RuleModule } from './types.ts';
import structureHeadlineMissing from './structure/headline-missing.ts';
import structureHeadlineTooLong from './structure/headline-too-long.ts';
import structureHeadlineStartsWithVerb from './structure/headline-starts-with-verb.ts';
import structureHeadlineOpinion from './structure/headline-opinion.ts';
import structureDatelineMissing from './structure/dateline-missing.ts';
import structureDatelineMalformed from './structure/dateline-malformed.ts';
import structureDatelineAgency from './structure/dateline-agency.ts';
import structureLeadTooLong from './structure/lead-too-long.ts';
import structureParagraphTooLong from './structure/paragraph-too-long.ts';
import structureSourceCreditMissing from './structure/source-credit-missing.ts';
import structureCreditsMissing from './structure/credits-missing.ts';
import structureBacaJugaPlacement from './structure/baca-juga-placement.ts';
import structureBacaJugaUnresolved from './structure/baca-juga-unresolved.ts';
import structureJunk from './structure/junk.ts';
import structureDuplicateParagraph from './structure/duplicate-paragraph.ts';
import structureUnbalancedMarks from './structure/unbalanced-marks.ts';
import structureMixedQuoteStyle from './structure/mixed-quote-style.ts';
import structureWhitespace from './structure/whitespace.ts';
import attributionQuoteWithoutSpeaker from './attribution/quote-without-speaker.ts';
import attributionFirstMentionWithoutTitle from './attribution/first-mention-without-title.ts';
import attributionLaterMention from './attribution/later-mention.ts';
import attributionDanglingKatanya from './attribution/dangling-katanya.ts';
import attributionNameInconsistent from './attribution/name-inconsistent.ts';
import attributionVagueSource from './attribution/vague-source.ts';
import attributionEllipsisQuote from './attribution/ellipsis-quote.ts';
import languageRupiah from './language/rupiah.ts';
import languageThousandSeparator from './language/thousand-separator.ts';
import languageSentenceStartsWithDigit from './language/sentence-starts-with-digit.ts';
import languageTimeFormat from './language/time-format.ts';
import languageWeekdayDate from './language/weekday-date.ts';
import languageDiPrefix from './language/di-prefix.ts';
import languageKpst from './language/kpst.ts';
import languagePara from './language/para.ts';
import languageAcronymFirstUse from './language/acronym-first-use.ts';
import languageNonStandardWord from './language/non-standard-word.ts';
import languageSpelling from './language/spelling.ts';
import languageCurrencyConversion from './language/currency-conversion.ts';
import languageRepeatedWord from './language/repeated-word.ts';
import languageTitleCapitalization from './language/title-capitalization.ts';
import ethicsChildVictimIdentity from './ethics/child-victim-identity.ts';
import ethicsSuspectFullName from './ethics/suspect-full-name.ts';
import ethicsSuicideMethod from './ethics/suicide-method.ts';

export const RULES: readonly RuleModule[] = [
  structureHeadlineMissing, structureHeadlineTooLong, structureHeadlineStartsWithVerb, structureHeadlineOpinion, structureDatelineMissing, structureDatelineMalformed, structureDatelineAgency, structureLeadTooLong, structureParagraphTooLong, structureSourceCreditMissing, structureCreditsMissing, structureBacaJugaPlacement, structureBacaJugaUnresolved, structureJunk, structureDuplicateParagraph, structureUnbalancedMarks, structureMixedQuoteStyle, structureWhitespace,
  attributionQuoteWithoutSpeaker, attributionFirstMentionWithoutTitle, attributionLaterMention, attributionDanglingKatanya, attributionNameInconsistent, attributionVagueSource, attributionEllipsisQuote,
  languageRupiah, languageThousandSeparator, languageSentenceStartsWithDigit, languageTimeFormat, languageWeekdayDate, languageDiPrefix, languageKpst, languagePara, languageAcronymFirstUse, languageNonStandardWord, languageSpelling, languageCurrencyConversion, languageRepeatedWord, languageTitleCapitalization,
  ethicsChildVictimIdentity, ethicsSuspectFullName, ethicsSuicideMethod,
];
