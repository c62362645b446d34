export interface DivisionTable {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'province' | 'city' | 'district' | 'town';
}

export interface DepartmentTable {
  id: string;
  code: string;
  name: string;
  divisionCode: string;
}

export interface ServiceCenterTable {
  id: string;
  name: string;
  divisionCode: string;
  address: string;
  phone: string;
  openingHours: string;
}

export interface DirectoryTables {
  divisions: DivisionTable;
  departments: DepartmentTable;
  serviceCenters: ServiceCenterTable;
}
