import nodemailer from 'nodemailer';
import type { MailSender } from './sender.js';

/**
 * Sends through a real SMTP relay given as smtp://user:pass@host:port (smtps:// for implicit TLS).
 * Timeouts are bounded so a hanging relay fails the attempt well inside the delivery lease.
 */
export function smtpMailSender(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
