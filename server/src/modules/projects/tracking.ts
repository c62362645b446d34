/**
 * Tracking (issue 6 §4): a project's Gantt timeline, and the statistics the article reports
 * (projects online, completed, average working days against the caps, late departments,
 * supervision orders), computed from the filings and their cases every time they are asked.
 */
import type { WorkingCalendar } from '../../platform/calendar/index.js';
import { type Locale, translate } from '../../platform/i18n/index.js';
import type { CategoryConfig } from './category-directory.js';
import { isDecided } from './filing-service.js';
import { type FilingFacts, intermediaryView } from './filing-views.js';
import type { ProjectTable } from './tables.js';
import { STAGES, type Stage } from './vocabulary.js';

const ref = (d: { code: string; name: string }) => ({ code: d.code, name: d.name });

/** The project's government working days: the sum of its stages' clocks. */
const projectDays = (facts: FilingFacts[]) => facts.reduce((n, f) => n + f.clock.workingDays, 0);

export function timelineOf(
  project: ProjectTable,
  config: CategoryConfig,
  facts: FilingFacts[],
  view: { locale: Locale; calendar: WorkingCalendar; today: string },
) {
  const workingDays = projectDays(facts);
  return {
    projectId: project.id,
    capWorkingDays: config.capWorkingDays,
    workingDays,
    late: workingDays > config.capWorkingDays,
    today: view.today,
    stages: config.stages.map(({ stage }) => {
      const f = facts.find((x) => x.filing.stage === stage);
      return {
        stage,
        name: translate(view.locale, `project.stage.${stage}`),
        filingId: f?.filing.id ?? null,
        status: f?.filing.status ?? ('not_started' as const),
        clock: f?.clock ?? null,
        departments: (f?.matters ?? []).map((m) => ({
          department: ref(m.department),
          matterCode: m.row.matterCode,
          matterName: m.matterName,
          applicationNo: m.row.applicationNo,
          status: m.state.status,
          clock: m.clock,
        })),
        intermediaries: (f?.intermediaries ?? []).map((i) => intermediaryView(i, view.calendar, view.today)),
      };
    }),
  };
}

const average = (values: number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

/** Every figure from the rows given: the projects, the categories' configuration, every filing's facts. */
export function statisticsOf(
  projects: Pick<ProjectTable, 'id' | 'categoryCode' | 'projectCode' | 'name' | 'createdAt'>[],
  categories: CategoryConfig[],
  facts: FilingFacts[],
  view: { locale: Locale; today: string },
) {
  const byProject = new Map<string, FilingFacts[]>();
  for (const f of facts) byProject.set(f.filing.projectId, [...(byProject.get(f.filing.projectId) ?? []), f]);
  const completed = (p: Pick<ProjectTable, 'id' | 'categoryCode'>) => {
    const config = categories.find((c) => c.code === p.categoryCode)!;
    const own = byProject.get(p.id) ?? [];
    return config.stages.every((s) =>
      own.some((f) => f.filing.stage === s.stage && f.filing.status === 'closed'),
    );
  };
  const done = projects.filter(completed);
  const daysOf = (p: { id: string }) => projectDays(byProject.get(p.id) ?? []);

  const late = new Map<
    string,
    { department: { code: string; name: string }; lateMatters: number; openMatters: number }
  >();
  let orders = 0;
  let openOrders = 0;
  for (const f of facts)
    for (const m of f.matters) {
      const entry = late.get(m.department.code) ?? {
        department: ref(m.department),
        lateMatters: 0,
        openMatters: 0,
      };
      if (m.clock.late) entry.lateMatters++;
      if (!isDecided(m.state.status, m.state.outcome)) entry.openMatters++;
      late.set(m.department.code, entry);
      orders += m.state.supervisionOrders.length;
      openOrders += m.state.supervisionOrders.filter((o) => o.answer === null).length;
    }

  return {
    today: view.today,
    projectsOnline: projects.length,
    projectsCompleted: done.length,
    averageWorkingDays: average(done.map(daysOf)),
    byCategory: categories.map((c) => {
      const own = projects.filter((p) => p.categoryCode === c.code);
      const finished = own.filter(completed);
      return {
        code: c.code,
        name: view.locale === 'en-US' ? c.nameEn : c.name,
        capWorkingDays: c.capWorkingDays,
        projects: own.length,
        completed: finished.length,
        averageWorkingDays: average(finished.map(daysOf)),
        overCap: own.filter((p) => daysOf(p) > c.capWorkingDays).length,
      };
    }),
    byStage: STAGES.map((stage: Stage) => {
      const filed = facts.filter((f) => f.filing.stage === stage);
      const closed = filed.filter((f) => f.filing.status === 'closed');
      return {
        stage,
        name: translate(view.locale, `project.stage.${stage}`),
        filed: filed.length,
        closed: closed.length,
        averageWorkingDays: average(closed.map((f) => f.clock.workingDays)),
        averageLimitDays: average(closed.map((f) => f.clock.limitDays ?? 0)),
      };
    }),
    lateDepartments: [...late.values()]
      .filter((d) => d.lateMatters > 0)
      .sort((a, b) => b.lateMatters - a.lateMatters || a.department.code.localeCompare(b.department.code)),
    supervisionOrders: { total: orders, open: openOrders },
    recentProjects: [...projects]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, 20)
      .map((p) => {
        const config = categories.find((c) => c.code === p.categoryCode)!;
        const workingDays = daysOf(p);
        return {
          id: p.id,
          projectCode: p.projectCode,
          name: p.name,
          categoryCode: p.categoryCode,
          capWorkingDays: config.capWorkingDays,
          workingDays,
          stagesClosed: (byProject.get(p.id) ?? []).filter((f) => f.filing.status === 'closed').length,
          stages: config.stages.length,
          completed: completed(p),
          late: workingDays > config.capWorkingDays,
        };
      }),
  };
}
