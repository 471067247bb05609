import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { TenantDatabase } from '../../platform/database/tenant-database';
import { Outbox } from '../../platform/queue/outbox';
import { copyStarterLibrary } from '../homework/starter-library';
import { Clinic } from './clinic.entity';

export interface NewClinic {
  name: string;
  timezone: string;
}

@Injectable()
export class ClinicsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Creates a clinic in its own tenant transaction (the new id is the clinic of that transaction);
   * `within` adds what must commit with it, such as the first admin. The clinic starts with the
   * starter homework library.
   */
  async create(input: NewClinic, within?: (clinicId: string) => Promise<void>): Promise<Clinic> {
    const id = uuidv7();
    return this.db.inClinic(id, async (manager) => {
      const clinic = manager.getRepository(Clinic).create({ id, ...input });
      await manager.getRepository(Clinic).insert(clinic);
      await copyStarterLibrary(manager, id, new Date());
      await within?.(id);
      await this.outbox.add('clinic.created', { clinicId: id });
      return clinic;
    });
  }

  async get(clinicId: string): Promise<Clinic | null> {
    return this.db.inClinic(clinicId, (manager) => manager.getRepository(Clinic).findOneBy({ id: clinicId }));
  }
}
