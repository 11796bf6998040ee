import type { Discipline, Role } from '@tumor-board/shared';

export interface DemoUser {
  id: string;
  role: Role;
  name: string;
  email: string;
  discipline: Discipline | null;
  password: string;
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * One synthetic user per role, for demo mode ONLY (never seeded otherwise). The passwords are
 * printed at start and in the README; they are public, so a demo database holds no real data.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: id(1),
    role: 'admin',
    name: 'Alex Morgan',
    email: 'admin@demo.tumorboard.example',
    discipline: null,
    password: 'tb-demo-admin',
  },
  {
    id: id(2),
    role: 'coordinator',
    name: 'Casey Lindqvist',
    email: 'coordinator@demo.tumorboard.example',
    discipline: 'coordination',
    password: 'tb-demo-coordinator',
  },
  {
    id: id(3),
    role: 'clinician',
    name: 'Dr Priya Raman',
    email: 'clinician@demo.tumorboard.example',
    discipline: 'medical_oncology',
    password: 'tb-demo-clinician',
  },
  {
    id: id(4),
    role: 'radiologist',
    name: 'Dr Tomas Berg',
    email: 'radiologist@demo.tumorboard.example',
    discipline: 'radiology',
    password: 'tb-demo-radiologist',
  },
  {
    id: id(5),
    role: 'interventional_radiologist',
    name: 'Dr Amara Okafor',
    email: 'ir@demo.tumorboard.example',
    discipline: 'interventional_radiology',
    password: 'tb-demo-interventional',
  },
  {
    id: id(6),
    role: 'radiation_oncologist',
    name: 'Dr Helen Zhou',
    email: 'radonc@demo.tumorboard.example',
    discipline: 'radiation_oncology',
    password: 'tb-demo-radiation',
  },
  {
    id: id(7),
    role: 'surgeon',
    name: 'Dr Marco Rossi',
    email: 'surgeon@demo.tumorboard.example',
    discipline: 'surgical_oncology',
    password: 'tb-demo-surgeon',
  },
  {
    id: id(8),
    role: 'medical_oncologist',
    name: 'Dr Sara Haddad',
    email: 'medonc@demo.tumorboard.example',
    discipline: 'medical_oncology',
    password: 'tb-demo-medical',
  },
  {
    id: id(9),
    role: 'chair',
    name: 'Dr Jonas Weber',
    email: 'chair@demo.tumorboard.example',
    discipline: 'surgical_oncology',
    password: 'tb-demo-chair',
  },
  {
    id: id(10),
    role: 'referrer',
    name: 'Dr Lena Fischer',
    email: 'referrer@demo.tumorboard.example',
    discipline: 'medical_oncology',
    password: 'tb-demo-referrer',
  },
];
