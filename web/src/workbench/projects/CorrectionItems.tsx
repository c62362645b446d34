/** Correction items as a list: "matter：document — problem" (the matter left out when the list is one matter's). */
export function CorrectionItems(props: {
  items: { material: string | null; problem: string; matterCode?: string }[];
  matterName?: (code: string) => string;
}) {
  return (
    <ul className="filing-items">
      {props.items.map((item) => {
        const matter = item.matterCode && props.matterName ? `${props.matterName(item.matterCode)}：` : '';
        const text = `${matter}${item.material ? `${item.material} — ` : ''}${item.problem}`;
        // The same problem twice on one list is the same line: nothing is lost by one key.
        return <li key={text}>{text}</li>;
      })}
    </ul>
  );
}
