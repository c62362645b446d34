import { Button, type ButtonProps } from 'antd';
import { useHref, useLinkClickHandler } from 'react-router';

type Props = Omit<ButtonProps, 'href' | 'onClick'> & { to: string };

/** An antd button that is really a link: `<a href>` for assistive tech and new tabs, client-side navigation on click. */
export function LinkButton({ to, ...rest }: Props) {
  const href = useHref(to);
  const handleClick = useLinkClickHandler<HTMLElement>(to);
  return <Button {...rest} href={href} onClick={handleClick} />;
}
