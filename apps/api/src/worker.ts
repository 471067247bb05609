import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfigOrExit } from './platform/config/config';
import { NestPinoLogger } from './platform/logging/logger';

/** The BullMQ processors, without HTTP. SIGTERM stops taking jobs and lets active ones finish. */
async function main() {
  const config = loadConfigOrExit();
  if (!config.REDIS_URL) {
    process.stderr.write('Configuration error: REDIS_URL must be set to run the worker.\n');
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { processors: true }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(NestPinoLogger));
  await app.init();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`Interlude worker failed to start: ${error.message}\n`);
  process.exit(1);
});
