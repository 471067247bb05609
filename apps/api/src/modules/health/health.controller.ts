import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../platform/auth/auth.decorators';
import { problem } from '../../platform/errors/problem';
import { HealthDto, ProblemDto, ReadinessDto } from '../../platform/openapi/dtos';
import { HealthService } from './health.service';

@ApiTags('system')
@Public()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('health')
  @ApiOkResponse({ type: HealthDto.Output, description: 'The process is alive.' })
  live() {
    return { status: 'ok' as const };
  }

  @Get('ready')
  @ApiOkResponse({ type: ReadinessDto.Output, description: 'PostgreSQL and the queue are reachable.' })
  @ApiServiceUnavailableResponse({ type: ProblemDto.Output, description: 'Names what is down.' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const readiness = await this.health.readiness();
    if (readiness.status === 'ready') return readiness;
    const down = Object.entries(readiness.checks)
      .filter(([, state]) => state === 'down')
      .map(([name]) => name);
    reply.status(503).header('content-type', 'application/problem+json; charset=utf-8');
    reply.header('retry-after', '5');
    const { status: _state, ...details } = readiness;
    return { ...details, ...problem(503, `Not ready: ${down.join(' and ')} unreachable.`) };
  }
}
