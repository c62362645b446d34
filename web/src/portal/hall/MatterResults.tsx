import { Pagination, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMatterSearch } from '../../api/catalogue';
import { QueryError } from '../../shared/QueryError';
import { DepartmentFilter } from './DepartmentFilter';
import { EmptyResults } from './EmptyResults';
import { MatterCard } from './MatterCard';
import type { useHallParams } from './useHallParams';

const pageSize = 10;

export function MatterResults({ hall }: { hall: ReturnType<typeof useHallParams> }) {
  const { t } = useTranslation();
  const { filters, update } = hall;
  const search = useMatterSearch({
    q: filters.q || undefined,
    audience: filters.audience,
    theme: filters.theme,
    department: filters.department,
    page: filters.page,
    pageSize,
  });
  const data = search.data;

  return (
    <section aria-labelledby="results-title" className="hall-section" aria-busy={search.isFetching}>
      <div className="section-head">
        <Typography.Title level={2} id="results-title" className="section-title">
          {filters.q ? t('hall.resultsFor', { q: filters.q }) : t('hall.resultsAll')}
        </Typography.Title>
        {data && <span className="section-stats">{t('hall.resultsCount', { count: data.total })}</span>}
      </div>
      <div className="results-filters">
        <DepartmentFilter value={filters.department} onChange={(department) => update({ department })} />
        {filters.theme && (
          <Tag
            closable
            color="blue"
            className="theme-filter-tag"
            onClose={() => update({ theme: undefined })}
          >
            {t('hall.themeFilter', { theme: t(`vocab.theme.${filters.theme}`) })}
          </Tag>
        )}
      </div>
      {search.isPending && <Skeleton active />}
      {search.isError && <QueryError error={search.error} onRetry={() => void search.refetch()} />}
      {data?.total === 0 && (
        <EmptyResults
          q={filters.q}
          suggestions={data.suggestions}
          filtered={hall.filtered}
          onClear={hall.clear}
        />
      )}
      {data && data.total > 0 && (
        <>
          <ul className="matter-list">
            {data.items.map((matter) => (
              <MatterCard key={matter.code} matter={matter} />
            ))}
          </ul>
          {data.total > pageSize && (
            <nav aria-label={t('hall.pagination')} className="matter-pagination">
              <Pagination
                current={data.page}
                pageSize={pageSize}
                total={data.total}
                showSizeChanger={false}
                showLessItems
                onChange={(page) => {
                  update({ page });
                  document.getElementById('results-title')?.scrollIntoView({ block: 'start' });
                }}
              />
            </nav>
          )}
        </>
      )}
    </section>
  );
}
