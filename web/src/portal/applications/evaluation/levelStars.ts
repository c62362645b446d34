import type { TFunction } from 'i18next';
import { type Level, levels } from '../../../api/evaluation';

/** The level names from 1 to 5, as the stars of a Rate read them out. */
export const levelTooltips = (t: TFunction) =>
  [...levels].reverse().map((level: Level) => t(`evaluation.levels.l${level}`));
