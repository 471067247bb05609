/** Outbox topics the notices react to (payloads are ids only). */
export const RISK_ALERT_RAISED_TOPIC = 'risk_alert.raised';
export const FEEDBACK_GIVEN_TOPIC = 'feedback.given';
