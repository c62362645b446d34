import type { ParallelGroup, ProcessDefinition, StepDefinition } from './api';

// Only enough of a shape to draw the text being edited as a flow: whether it is a valid
// process is the server's answer (engine/definition.ts and definition-rules.ts), not this file's.

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const arrayOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(item);

const isStep = (v: unknown): v is StepDefinition =>
  isObject(v) &&
  isString(v.id) &&
  isString(v.kind) &&
  isString(v.name) &&
  isObject(v.assignment) &&
  isString(v.assignment.department) &&
  isString(v.assignment.role) &&
  isObject(v.timeShare) &&
  (typeof v.timeShare.workingDays === 'number' || typeof v.timeShare.fraction === 'number');

const isGroup = (v: unknown): v is ParallelGroup =>
  isObject(v) &&
  isString(v.id) &&
  isString(v.name) &&
  arrayOf(v.branches, (b): b is string[] => arrayOf(b, isString));

const isTransition = (v: unknown): v is ProcessDefinition['transitions'][number] =>
  isObject(v) && isString(v.from) && isString(v.to) && (v.kind === 'next' || v.kind === 'return');

/** The edited value as a definition to draw, or null when it is not even shaped like one. */
export function drawableDefinition(value: unknown): ProcessDefinition | null {
  if (!isObject(value)) return null;
  const parallelGroups = value.parallelGroups ?? [];
  if (!arrayOf(value.steps, isStep) || !arrayOf(parallelGroups, isGroup)) return null;
  if (!arrayOf(value.transitions, isTransition)) return null;
  return { steps: value.steps, parallelGroups, transitions: value.transitions };
}
