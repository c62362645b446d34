import type { ReactNode } from 'react';
import { Link } from 'react-router';

export function QuickLink(props: { to: string; icon: ReactNode; title: string; description: string }) {
  return (
    <Link to={props.to} className="quick-link">
      <span className="quick-link-icon" aria-hidden="true">
        {props.icon}
      </span>
      <span className="quick-link-text">
        <span className="quick-link-title">{props.title}</span>
        <span className="quick-link-desc">{props.description}</span>
      </span>
    </Link>
  );
}
