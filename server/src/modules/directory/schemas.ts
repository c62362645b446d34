import { z } from 'zod';

export const division = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  level: z.enum(['province', 'city', 'district', 'town']),
});
export const department = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
});
export const serviceCenter = z.object({
  id: z.string(),
  name: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  address: z.string(),
  phone: z.string(),
  openingHours: z.string(),
});
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
