import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/types';
import { problemOf } from '../../shared/problem';
import { tabOf } from './editorTabs';

export interface PlacedError {
  path: (string | number)[];
  where: string;
  message: string;
}

/** Server paths are `guide.form.3.visibleIf` (or `code`); the editor's form names the same `form.3.visibleIf`. */
function pathOf(field: string): (string | number)[] {
  return field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^(body\.)?guide\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors under the editor's fields, and lists every one of them with
 * where it is ("表单设计 › 第 4 个字段 › 显示条件"), since some point at a whole row or a tab
 * the administrator is not looking at.
 */
export function useGuideProblem(form: FormInstance) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [placed, setPlaced] = useState<PlacedError[]>([]);

  const labels: Record<string, Record<string, string>> = {
    basic: {
      code: t('editor.code'),
      name: t('editor.name'),
      type: t('editor.type'),
      department: t('editor.department'),
      level: t('editor.level'),
      audiences: t('editor.audiences'),
      themes: t('editor.themes'),
      keywords: t('editor.keywords'),
      summary: t('editor.summary'),
      conditions: t('editor.conditions'),
      legalBasis: t('editor.legalBasis'),
      fees: t('editor.fees'),
      legalLimitDays: t('editor.legalLimitDays'),
      promisedLimitDays: t('editor.promisedLimitDays'),
      onlineDepth: t('editor.onlineDepth'),
      visits: t('editor.visits'),
      channels: t('editor.channels'),
      places: t('editor.places'),
      openingHours: t('editor.openingHours'),
      consultPhone: t('editor.consultPhone'),
      complaintPhone: t('editor.complaintPhone'),
      crossRegion: t('editor.crossRegion'),
      commitment: t('editor.commitment'),
      process: t('editor.process'),
      result: t('editor.result'),
      item: t('editor.feeItem'),
      amountFen: t('editor.feeAmount'),
      basis: t('editor.feeBasis'),
    },
    materials: {
      name: t('editor.materials.name'),
      form: t('editor.materials.form'),
      copies: t('editor.materials.copies'),
      requirement: t('editor.materials.requirement'),
      condition: t('editor.materials.condition'),
      key: t('editor.materials.key'),
      source: t('editor.materials.sourceKind'),
      licenseType: t('editor.materials.licenseType'),
      dataset: t('editor.materials.dataset'),
      note: t('editor.materials.note'),
    },
    form: {
      name: t('designer.name'),
      label: t('designer.label'),
      kind: t('designer.kind'),
      required: t('designer.required'),
      help: t('designer.help'),
      options: t('designer.options'),
      visibleIf: t('designer.condition.title'),
      repeat: t('designer.repeat'),
      minItems: t('designer.minItems'),
      maxItems: t('designer.maxItems'),
      maxLength: t('designer.maxLength'),
      pattern: t('designer.pattern'),
      min: t('designer.min'),
      max: t('designer.max'),
      unit: t('designer.unit'),
    },
  };

  function where(path: (string | number)[]): string {
    const tab = tabOf(path);
    const names = labels[tab]!;
    const parts = [t(`editor.where.${tab}`)];
    for (const [i, part] of path.entries()) {
      if (tab !== 'basic' && i === 0) continue;
      if (part === 'fields' || part === 'all' || part === 'any' || part === 'not') continue;
      if (typeof part === 'number') {
        parts.push(
          tab === 'form' && path[i - 1] !== 'options'
            ? t('editor.where.field', { n: part + 1 })
            : t('editor.where.item', { n: part + 1 }),
        );
      } else {
        parts.push(names[part] ?? part);
      }
      if (part === 'visibleIf') break;
    }
    return parts.join(' › ');
  }

  function show(error: unknown) {
    const full = problemOf(error);
    const list = (full.errors ?? []).map((e) => ({ path: pathOf(e.field), where: '', message: e.message }));
    for (const item of list) item.where = where(item.path);
    form.setFields(list.map((item) => ({ name: item.path, errors: [item.message] })));
    setProblem(full);
    setPlaced(list);
  }

  return {
    problem,
    placed,
    show,
    clear: () => {
      setProblem(null);
      setPlaced([]);
    },
  };
}
