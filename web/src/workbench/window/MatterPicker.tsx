import { Button, Input, List, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatterSearch } from '../../api/catalogue';
import type { MatterSummary } from '../../api/catalogueTypes';

/** Finding the matter by name or keyword (the hall's search, pinyin included), persons' matters only. */
export function MatterPicker({ onChoose }: { onChoose: (matter: MatterSummary) => void }) {
  const { t } = useTranslation();
  const searchId = useId();
  const [q, setQ] = useState('');
  // Window intake files applications for a person, checked by their ID card.
  const found = useMatterSearch({ q, audience: 'person', page: 1, pageSize: 8 });
  return (
    <>
      <div className="filter-field block-gap">
        <label htmlFor={searchId}>{t('cases.window.matterSearch')}</label>
        <Input.Search
          id={searchId}
          placeholder={t('cases.window.matterSearchPlaceholder')}
          enterButton={t('common.search')}
          allowClear
          loading={found.isFetching}
          onSearch={(value) => setQ(value.trim())}
        />
      </div>
      {q !== '' && (
        <List
          className="matter-choice-list"
          bordered
          loading={found.isPending}
          locale={{ emptyText: t('cases.window.noMatters') }}
          dataSource={found.data?.items ?? []}
          renderItem={(matter) => (
            <List.Item
              actions={[
                <Button
                  key="choose"
                  type="primary"
                  aria-label={t('cases.window.chooseLabel', { name: matter.name })}
                  onClick={() => onChoose(matter)}
                >
                  {t('cases.window.choose')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={matter.name}
                description={
                  <>
                    <Typography.Text type="secondary">{matter.departmentName}</Typography.Text>
                    {' · '}
                    <Typography.Text type="secondary">
                      {t('cases.window.limits', {
                        promised: matter.promisedLimitDays,
                        legal: matter.legalLimitDays,
                      })}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}
