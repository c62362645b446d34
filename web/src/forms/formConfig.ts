import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { JsonSchema } from '../api/catalogueTypes';
import { AddressField } from './AddressField';
import { AddButton, FileWidget } from './templates';
import { UnitInputTemplate } from './UnitInputTemplate';

// What every rendering of a matter's form shares: the sample on the guide page and the
// application flow's steps.

export const fields = { address: AddressField };
export const templates = { BaseInputTemplate: UnitInputTemplate, ButtonTemplates: { AddButton } };
export const widgets = { FileWidget };
// Labels above their inputs, without the colon antd adds to horizontal labels.
export const formContext = { colon: false };

/** The address field shows its own errors under its parts (see AddressField). */
export function addressUi(ui: unknown): unknown {
  if (!ui || typeof ui !== 'object' || Array.isArray(ui)) return ui;
  const node = Object.fromEntries(Object.entries(ui).map(([key, value]) => [key, addressUi(value)]));
  return node['ui:field'] === 'address' ? { ...node, 'ui:hideError': true } : node;
}

/** The schema's own title is the page's business; the page around the form already names it. */
export function untitled(schema: JsonSchema): RJSFSchema {
  const { title: _title, ...rest } = schema;
  return rest as RJSFSchema;
}

export const formUi = (uiSchema: Record<string, unknown>) => addressUi(uiSchema) as UiSchema;
