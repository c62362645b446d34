import './hotline.css';
import { Radio, type RadioGroupProps } from 'antd';
import { ticketTypes, useTaxonomyNames } from './api';

/** 咨询 / 求助 / 投诉 / 举报 / 建议 / 表扬 as buttons: six short words, one tap each. */
export function TypeChoice(props: Pick<RadioGroupProps, 'value' | 'onChange' | 'id'>) {
  const names = useTaxonomyNames();
  return (
    <Radio.Group
      {...props}
      optionType="button"
      buttonStyle="solid"
      className="choice-buttons"
      options={ticketTypes.map((code) => ({ value: code, label: names.type(code) }))}
    />
  );
}
