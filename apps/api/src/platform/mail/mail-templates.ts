import type { OutgoingMail } from './mail.service';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** One calm layout for every email: plain text and HTML carrying the clinic's name, one clear link. */
export function actionEmail(input: {
  to: string;
  clinicName: string;
  subject: string;
  greeting: string;
  lines: string[];
  action: { label: string; url: string };
  footer: string;
  /** A second, quieter link under the footer (the one-click "stop these emails"). */
  secondary?: { label: string; url: string };
}): OutgoingMail {
  const text = [
    input.greeting,
    '',
    ...input.lines,
    '',
    `${input.action.label}: ${input.action.url}`,
    '',
    input.footer,
    ...(input.secondary ? [`${input.secondary.label}: ${input.secondary.url}`] : []),
    '',
    `— ${input.clinicName}, via Interlude`,
  ].join('\n');
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#1f2933;line-height:1.5;max-width:560px;margin:auto;padding:24px">
<p>${escapeHtml(input.greeting)}</p>
${input.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p><a href="${escapeHtml(input.action.url)}" style="display:inline-block;background:#2f5d62;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(input.action.label)}</a></p>
<p style="font-size:14px;color:#52606d">${escapeHtml(input.footer)}</p>
${input.secondary ? `<p style="font-size:14px"><a href="${escapeHtml(input.secondary.url)}" style="color:#52606d">${escapeHtml(input.secondary.label)}</a></p>\n` : ''}<p style="font-size:14px;color:#52606d">— ${escapeHtml(input.clinicName)}, via Interlude</p>
</body></html>`;
  return { to: input.to, subject: input.subject, text, html };
}
