/** 办理流程: numbered steps, as an ordered list (read in order by screen readers too). */
export function ProcessSteps({ steps }: { steps: string[] }) {
  return (
    <ol className="process-steps">
      {steps.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a guide's steps are a fixed list
        <li key={index}>{step}</li>
      ))}
    </ol>
  );
}
