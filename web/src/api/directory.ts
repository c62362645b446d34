import { useQuery } from '@tanstack/react-query';
import { request } from './client';
import type { Department, Division, ServiceCenter } from './types';

// The directory changes rarely; keep it for the whole visit.
const directoryStaleTime = 10 * 60_000;

export function useDepartments() {
  return useQuery({
    queryKey: ['directory', 'departments'],
    queryFn: () => request<{ items: Department[] }>('GET', '/directory/departments'),
    select: (data) => data.items,
    staleTime: directoryStaleTime,
  });
}

export function useServiceCenters() {
  return useQuery({
    queryKey: ['directory', 'service-centers'],
    queryFn: () => request<{ items: ServiceCenter[] }>('GET', '/directory/service-centers'),
    select: (data) => data.items,
    staleTime: directoryStaleTime,
  });
}

export function useDivisions() {
  return useQuery({
    queryKey: ['directory', 'divisions'],
    queryFn: () => request<{ items: Division[] }>('GET', '/directory/divisions'),
    select: (data) => data.items,
    staleTime: directoryStaleTime,
  });
}
