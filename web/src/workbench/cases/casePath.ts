export const casePath = (applicationNo: string) => `/workbench/cases/${encodeURIComponent(applicationNo)}`;
