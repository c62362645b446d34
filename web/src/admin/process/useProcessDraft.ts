import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Problem } from '../../api/types';
import { problemOf } from '../../shared/problem';
import { type MatterProcess, type ProcessDefinition, useSaveMatterProcess } from './api';
import { drawableDefinition } from './draftDefinition';
import { lineOf, readJsonText } from './jsonText';

/** A problem with the text, at its line when the text is readable JSON. */
export interface TextProblem {
  key: string;
  /** The server's field path, when the problem is about a field. */
  field: string | undefined;
  message: string;
  line: number | undefined;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Which step or group a field path is about: `steps.2.timeShare` → that step's id. */
function nodeOfField(definition: ProcessDefinition, field: string): string | undefined {
  const [list, index] = field.split('.');
  const i = Number(index);
  if (list === 'steps') return definition.steps[i]?.id;
  if (list === 'parallelGroups') return definition.parallelGroups[i]?.id;
  // A transition's problem is shown on the node it leaves.
  if (list === 'transitions') return definition.transitions[i]?.from;
  return undefined;
}

/**
 * The process definition being edited as JSON text: what it reads as, what the server said
 * of it at the last save (kept by field path, so the lines follow the text as it changes),
 * and saving it once the administrator confirms that it cannot be changed afterwards.
 */
export function useProcessDraft(code: string, current: MatterProcess, channelName: string) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const save = useSaveMatterProcess(code, current.channel);
  const [text, setText] = useState(() => pretty(current.definition));
  const [fieldErrors, setFieldErrors] = useState<NonNullable<Problem['errors']>>([]);
  const [problem, setProblem] = useState<Problem | null>(null);

  const read = readJsonText(text);
  const draft = read.ok ? drawableDefinition(read.value) : null;
  const changed = !read.ok || pretty(read.value) !== pretty(current.definition);

  const problems: TextProblem[] = [
    ...(read.ok
      ? []
      : [
          {
            key: 'syntax',
            field: undefined,
            message: t('processAdmin.editor.syntax', { line: read.line, column: read.column }),
            line: read.line,
          },
        ]),
    ...fieldErrors.map((e) => ({
      key: `${e.field}:${e.code}`,
      field: e.field,
      message: e.message,
      line: read.ok ? lineOf(read.lines, e.field) : undefined,
    })),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  const byNode = new Map<string, string[]>();
  if (draft)
    for (const e of fieldErrors) {
      const node = nodeOfField(draft, e.field);
      if (node) byNode.set(node, [...(byNode.get(node) ?? []), e.message]);
    }

  async function send(value: unknown) {
    try {
      await save.mutateAsync(value);
      setFieldErrors([]);
      setProblem(null);
      void message.success(t('processAdmin.editor.saved'));
    } catch (error) {
      const found = problemOf(error);
      // Fixed meanwhile (another administrator, or a first application): the page turns
      // read-only as the process reloads, so the reason goes in a message that outlives the editor.
      if (isApiError(error, 409)) void message.error(found.title);
      const placed = isApiError(error, 400) && (found.errors?.length ?? 0) > 0;
      setFieldErrors(placed ? (found.errors ?? []) : []);
      setProblem(placed ? null : found);
    }
  }

  function submit() {
    if (!read.ok) return;
    const value = read.value;
    modal.confirm({
      title: t('processAdmin.editor.confirmTitle'),
      content: t('processAdmin.editor.confirmContent', { channel: channelName }),
      okText: t('processAdmin.editor.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: () => send(value),
    });
  }

  return {
    text,
    setText,
    /** The edited text drawn as a flow, when it is shaped like a process at all. */
    draft,
    changed,
    problems,
    problemsByNode: byNode,
    /** A problem that is not about a field (a conflict, the network). */
    problem,
    saving: save.isPending,
    submit,
    canSubmit: read.ok,
    format: () => {
      if (read.ok) setText(pretty(read.value));
    },
    reset: () => {
      setText(pretty(current.definition));
      setFieldErrors([]);
      setProblem(null);
    },
  };
}
