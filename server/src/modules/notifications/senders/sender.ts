export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
}

export interface OutgoingSms {
  to: string;
  text: string;
}

/** Resolves once the message was handed over; rejects when it was not, so the delivery is retried. */
export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

export interface SmsSender {
  send(sms: OutgoingSms): Promise<void>;
}
