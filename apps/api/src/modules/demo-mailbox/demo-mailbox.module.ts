import { Module } from '@nestjs/common';
import { DemoMailboxController } from './demo-mailbox.controller';

@Module({ controllers: [DemoMailboxController] })
export class DemoMailboxModule {}
