import { Link } from 'react-router';
import type { MatterSummary } from '../../api/catalogueTypes';
import { MatterBadges } from './MatterBadges';

export function MatterCard({ matter }: { matter: MatterSummary }) {
  return (
    <li className="matter-item">
      <Link to={`/matters/${matter.code}`} className="matter-item-name">
        {matter.name}
      </Link>
      <span className="matter-item-dept">{matter.departmentName}</span>
      <MatterBadges
        onlineDepth={matter.onlineDepth}
        visits={matter.visits}
        promisedLimitDays={matter.promisedLimitDays}
      />
    </li>
  );
}
