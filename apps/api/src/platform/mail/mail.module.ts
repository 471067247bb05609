import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { MailSender } from './mail-sender';

@Global()
@Module({ providers: [MailService, MailSender], exports: [MailService, MailSender] })
export class MailModule {}
