// Public holidays (days off for civil servants) that stop the processing clock. Lunar holidays (Tết,
// Hùng Kings) move every year and the government fixes the exact days late, so this is data to keep
// up to date (or replace through createApp's `holidays` option), not a rule.
export const VN_PUBLIC_HOLIDAYS: readonly string[] = [
  // 2025
  '2025-01-01', '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30',
  '2025-01-31', '2025-02-01', '2025-02-02', '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01',
  '2025-09-02',
  // 2026
  '2026-01-01', '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19',
  '2026-02-20', '2026-02-21', '2026-02-22', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01',
  '2026-09-02',
  // 2027 (Tết dates provisional)
  '2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10',
  '2027-04-16', '2027-04-30', '2027-05-01', '2027-09-02', '2027-09-03',
];
