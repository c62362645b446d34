// Answers the stage form need not ask again: what the project's registration already says.
// Only into fields the merged form has, of the right kind and unit (the catalogue's names are
// the shared field library's: orgName, creditCode, projectName…).
import type { JsonSchema } from '../../api/catalogueTypes';
import type { IntendedUse, ProjectDetail } from '../../api/projects';

type Data = Record<string, unknown>;

const FEN_PER_WAN = 1_000_000;

// The registration's use (server vocabulary) in the catalogue's 用地性质 words.
const LAND_USE: Partial<Record<IntendedUse, string>> = {
  residential: '居住用地',
  commercial: '商业服务业用地',
  industrial: '工业用地',
  warehouse: '物流仓储用地',
  public_service: '公共管理与公共服务用地',
  transport: '交通运输用地',
  other: '其他',
};

export function prefillFromProject(
  schema: JsonSchema,
  uiSchema: Record<string, unknown>,
  project: ProjectDetail,
): Data {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const unitOf = (name: string) =>
    (uiSchema[name] as { 'ui:options'?: { addonAfter?: string } } | undefined)?.['ui:options']?.addonAfter ??
    '';
  const known: Record<string, unknown> = {
    orgName: project.owner.name,
    creditCode: project.owner.creditCode,
    projectName: project.name,
    projectCode: project.projectCode,
    projectCategory: project.category.name,
    contactName: project.contact.name,
    contactMobile: project.contact.mobile,
    landUse: LAND_USE[project.intendedUse],
  };
  const measured: Record<string, [unit: string, value: number]> = {
    totalInvestment: ['万元', project.investmentFen / FEN_PER_WAN],
    landArea: ['平方米', project.landAreaM2],
    buildingArea: ['平方米', project.floorAreaM2],
  };
  const data: Data = {};
  for (const [name, value] of Object.entries(known)) {
    const field = properties[name];
    if (field?.type !== 'string') continue;
    // A masked contact (another viewer's) or a category the field's list lacks is not an answer.
    if (typeof value !== 'string' || value.includes('*')) continue;
    if (Array.isArray(field.enum) && !field.enum.includes(value)) continue;
    data[name] = value;
  }
  for (const [name, [unit, value]] of Object.entries(measured)) {
    if (properties[name]?.type === 'number' && unitOf(name) === unit) data[name] = value;
  }
  return data;
}
