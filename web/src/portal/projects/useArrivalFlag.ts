import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * A flag the previous page passed in the navigation state ("just registered", "just filed"),
 * read once: the history entry forgets it, so the confirmation is not shown again on a reload
 * or on coming back to the page days later.
 */
export function useArrivalFlag(name: string): boolean {
  const location = useLocation();
  const navigate = useNavigate();
  const [flag] = useState(() => (location.state as Record<string, unknown> | null)?.[name] === true);
  useEffect(() => {
    if (flag) navigate(location.pathname, { replace: true, state: null });
  }, [flag, navigate, location.pathname]);
  return flag;
}
