/**
 * When the state of emergency began, region by region (facts.md §1a, S14, S20–S23, S132, S145).
 * Phase 1: Almaty city and Mangystau, decreed in the night 4→5 Jan (Mangystau in force from 01:30 on 5 Jan).
 * Phase 2: Almaty region, 5 Jan 12:30. Phase 3: Nur-Sultan, 5 Jan 16:00. Phase 4: all other regions and
 * Shymkent (inside the Turkestan polygon here), evening of 5 Jan.
 */
import type { RegionIso } from './types';

export type EmergencyPhase = 1 | 2 | 3 | 4;

export const EMERGENCY_PHASES: EmergencyPhase[] = [1, 2, 3, 4];

export const EMERGENCY_BY_REGION: Record<RegionIso, EmergencyPhase> = {
  'KZ-ALA': 1,
  'KZ-MAN': 1,
  'KZ-ALM': 2,
  'KZ-AST': 3,
  'KZ-AKM': 4,
  'KZ-AKT': 4,
  'KZ-ATY': 4,
  'KZ-KAR': 4,
  'KZ-KUS': 4,
  'KZ-KZY': 4,
  'KZ-PAV': 4,
  'KZ-SEV': 4,
  'KZ-VOS': 4,
  'KZ-YUZ': 4,
  'KZ-ZAP': 4,
  'KZ-ZHA': 4,
};
