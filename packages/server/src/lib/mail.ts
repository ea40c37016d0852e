// Outgoing email over SMTP (LATCHKEY_SMTP_URL) with nodemailer, loaded only when a message is sent.
import type { Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** A mailer for `smtp://user:pass@host:port` (STARTTLS when offered) or `smtps://` (TLS from the start). */
export function smtpMailer(url: string, from: string): Mailer {
  let transport: Promise<Transporter> | undefined;
  const open = () => {
    transport ??= import('nodemailer').then((nodemailer) => nodemailer.createTransport(url, { from }));
    return transport;
  };
  return {
    async send(message) {
      await (await open()).sendMail({ from, ...message });
    },
    close() {
      void transport?.then((t) => t.close());
    },
  };
}
