/**
 * The filled orange of risk alerts (badges, the Acknowledge button). Mantine's orange.8 (#e8590c) and
 * orange.9 (#d9480f) carry white text at only 3.6:1 and 4.3:1; this darker orange gives 5.2:1, above
 * the 4.5:1 WCAG AA minimum, and stays distinct from the red of errors.
 */
export const RISK_FILL = '#c2410c';
