import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError, request } from './client';

export interface CalendarYear {
  year: number;
  /** 'package': shipped with the software; 'administrator': entered here from the notice. */
  source: 'package' | 'administrator';
  notice: string | null;
  holidays: { date: string; name: string | null }[];
  /** Make-up working days (调休上班). */
  workdays: string[];
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface CalendarYearEntry {
  notice: string;
  holidays: { date: string; name: string }[];
  workdays: string[];
}

const yearKey = (year: number) => ['calendar', 'years', year] as const;

/** The years whose arrangement is known (shipped or entered). */
export function useCalendarYears() {
  return useQuery({
    queryKey: ['calendar', 'years'],
    queryFn: () =>
      request<{ items: { year: number; source: CalendarYear['source'] }[] }>('GET', '/calendar/years'),
    select: (data) => data.items.map((item) => item.year),
  });
}

/** A year nobody has entered yet answers null (404), which is a normal state for next year. */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: yearKey(year),
    queryFn: async () => {
      try {
        return await request<CalendarYear>('GET', `/calendar/years/${year}`);
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });
}

export function useSaveCalendarYear(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entry: CalendarYearEntry) => request<CalendarYear>('PUT', `/calendar/years/${year}`, entry),
    onSuccess: (saved) => {
      client.setQueryData(yearKey(year), saved);
      void client.invalidateQueries({ queryKey: ['calendar', 'years'], exact: true });
      // Promised completion dates in guides depend on the calendar.
      void client.invalidateQueries({ queryKey: ['catalogue'] });
    },
  });
}
